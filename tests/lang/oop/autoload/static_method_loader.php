<?php
class Loader {
    public static $log = [];
    public static function load($c) { self::$log[] = $c; if ($c === 'Made') eval('class Made { const V = 1; }'); }
    public function instLoad($c) { self::$log[] = "inst:$c"; }
}
spl_autoload_register([Loader::class, 'load']);
spl_autoload_register([new Loader, 'instLoad']);
spl_autoload_register('Loader::load');
echo Made::V, "\n";
class_exists('Nothing');
print_r(Loader::$log);
echo count(spl_autoload_functions()), "\n";

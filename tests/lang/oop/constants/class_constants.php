<?php
class Cfg {
    const A = 1;
    public const B = self::A + 1;
    protected const C = 'c';
    private const D = [self::A, self::B];
    const E = 'E' . self::C . PHP_EOL;
    const F = 2 ** 10, G = self::F > 1000 ? 'big' : 'small';
    public static function d() { return self::D; }
    public function c() { return static::C; }
}
echo Cfg::A, Cfg::B, "\n";
echo Cfg::E;
echo Cfg::F, " ", Cfg::G, "\n";
print_r(Cfg::d());
echo (new Cfg)->c(), "\n";
$o = new Cfg;
echo $o::B, "\n";
echo constant('Cfg::G'), "\n";
var_dump(defined('Cfg::A'), defined('Cfg::Z'));

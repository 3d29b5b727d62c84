<?php
class Proxy {
    public function __call($name, $args) { return "__call $name(" . implode(',', $args) . ")"; }
    public static function __callStatic($name, $args) { return "__callStatic $name(" . count($args) . ")"; }
    private function hidden() { return 'hidden'; }
    public function real() { return 'real'; }
    public function inside() { return static::other(1); }
}
$p = new Proxy;
echo $p->foo(1, 2), "\n";
echo Proxy::bar(1, 2, 3), "\n";
echo $p->hidden(), "\n";
echo $p->real(), "\n";
echo $p->inside(), "\n";
echo call_user_func([$p, 'dyn'], 'x'), "\n";
echo call_user_func('Proxy::stat'), "\n";
echo call_user_func_array([$p, 'arr'], ['a' => 1, 'b' => 2]), "\n";
var_dump(method_exists($p, 'foo'), is_callable([$p, 'foo']));
$m = 'dynamic';
echo $p->$m(), "\n";

<?php
class A {
    public $p;
    private $q;
    protected static $s;
    private function m() {}
    public static function sm() {}
    public function __call($n, $a) {}
}
$a = new A;
var_dump(method_exists($a, 'm'), method_exists('A', 'SM'), method_exists('A', 'magic'), method_exists('Nope', 'x'));
var_dump(property_exists('A', 'p'), property_exists('A', 'q'), property_exists('A', 's'), property_exists($a, 'nope'));
$a->dyn = 1;
var_dump(property_exists($a, 'dyn'), property_exists('A', 'dyn'));
var_dump(method_exists('Closure', '__invoke'), method_exists(fn() => 1, '__invoke'));

<?php
class A {
    public static function make() { return new static; }
    public function cls() { return static::class; }
    public function callStatic() { return static::tag(); }
    public static function tag() { return 'A-tag'; }
}
class B extends A {
    public static function tag() { return 'B-tag'; }
}
$b = new B;
echo $b->cls(), "\n";
echo $b->callStatic(), "\n";
echo (new A)->callStatic(), "\n";
echo get_class(B::make()), "\n";
$f = function () { return static::class; };
echo Closure::bind($f, null, B::class)(), "\n";

<?php
class A {
    public $a = 1;
    protected $b = 2;
    private $c = 3;
    public static $s = 'static';
    public static function who() { return get_called_class(); }
    public static function vars() { return get_class_vars(static::class); }
}
class B extends A { public $d = 4; }
echo B::who(), " ", A::who(), "\n";
print_r(get_class_vars('B'));
print_r(B::vars());
print_r(A::vars());

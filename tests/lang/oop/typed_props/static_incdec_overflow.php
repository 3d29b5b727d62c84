<?php
class T {
    public static int $i = PHP_INT_MAX;
    public static int|float $n = PHP_INT_MAX;
    public static ?int $z = null;
    public static string $s = "a";
    public static $u = PHP_INT_MAX;
}
class C extends T {}
function t($f) {
    try { var_dump($f()); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
t(fn() => T::$i++);
t(fn() => ++T::$i);
t(fn() => C::$i++);
t(function () { T::$i = PHP_INT_MIN; return T::$i--; });
t(fn() => --T::$i);
t(function () { T::$i = 5; T::$i++; ++T::$i; T::$i--; return T::$i; });
t(fn() => T::$n++);
t(fn() => T::$n);
t(fn() => T::$z++);
t(fn() => T::$z);
t(fn() => T::$z--);
t(fn() => T::$s++);
t(fn() => T::$s);
t(fn() => T::$u++);
t(fn() => T::$u);

<?php
class T {
    public static int $u;
    public static ?int $n;
    public static mixed $m;
    public static $plain;
}
class C extends T {}
function t($f) {
    try { var_dump($f()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
t(fn() => T::$u);
t(fn() => C::$u);
t(fn() => T::$n);
t(fn() => T::$m);
t(fn() => T::$plain);
t(fn() => isset(T::$u));
t(fn() => T::$u ?? "default");
t(function () { T::$u += 1; });
t(function () { T::$u++; });
t(function () { T::$u .= "x"; });
t(function () { T::$u ??= 4; return T::$u; });
t(fn() => C::$u);
t(function () { C::$n = 1; return T::$n; });
t(function () { $r = &T::$m; return $r; });
t(function () { $r = &T::$u; });
t(function () { $r = &T::$n; $r = "3"; return T::$n; });
t(function () { T::$m = null; return T::$m; });

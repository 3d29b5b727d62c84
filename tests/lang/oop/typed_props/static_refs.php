<?php
class T {
    public static int $i = 1;
    public static ?string $s = null;
    public static int $j = 1;
    public static $plain = 1;
}
class C extends T {}
function t($f) {
    try { var_dump($f()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
function setArg(&$x, $v) { $x = $v; }
t(function () { $r = &T::$i; $r = "5"; return T::$i; });
t(function () { $r = &T::$i; $r = "x"; });
t(function () { $r = &C::$i; $r = []; });
t(fn() => T::$i);
// once a reference, writes report the reference
t(fn() => T::$i = "y");
t(function () { T::$i .= "z"; });
t(function () { T::$i = PHP_INT_MAX; T::$i++; });
t(function () { setArg(T::$s, 12); return T::$s; });
t(function () { setArg(T::$s, []); });
t(function () { setArg(T::$j, "no"); });
t(fn() => T::$j);
// binding a reference: its value must fit, and the reference checks its writes from then on
t(function () { $x = "12"; T::$j = &$x; var_dump($x); $x = "x"; });
t(function () { $x = "abc"; T::$j = &$x; });
t(fn() => T::$j);
t(function () { $r = &T::$plain; $r = "any"; return T::$plain; });
// ++/-- through the reference
t(function () { $r = &T::$i; T::$i = PHP_INT_MAX; $r++; });
t(function () { $r = &T::$i; T::$i = PHP_INT_MIN; --$r; });
t(function () { $r = &T::$i; T::$i = 1; $r++; ++$r; return [$r, T::$i]; });
class O { public int $p = PHP_INT_MAX; }
t(function () { $o = new O; $r = &$o->p; $r++; });

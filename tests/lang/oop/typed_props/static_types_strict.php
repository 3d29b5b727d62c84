<?php
declare(strict_types=1);
class T {
    public static int $i = 1;
    public static float $f = 1.0;
    public static ?string $s = null;
    public static int|string $u = 0;
}
function t($f) {
    try { var_dump($f()); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
t(fn() => T::$i = "42");
t(fn() => T::$i = 4.0);
t(fn() => T::$i = true);
t(fn() => T::$f = 5);
t(fn() => T::$f = "5");
t(fn() => T::$s = 5);
t(fn() => T::$s = "ok");
t(fn() => T::$u = 1.5);
t(fn() => T::$u = "a");
t(function () { T::$i = 2; T::$i += 1; return T::$i; });
t(function () { T::$i .= "1"; });
t(function () { T::$i += 1.5; });
t(function () { T::$s .= 1; return T::$s; });
t(function () { T::$i++; return T::$i; });
// binding a reference checks its value in the file's mode too
t(function () { $x = "5"; T::$i = &$x; });
t(function () { $x = 5; T::$i = &$x; $x = 6; return T::$i; });
t(function () { $x = 5; T::$f = &$x; return $x; });

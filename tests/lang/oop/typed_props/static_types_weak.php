<?php
class P {}
class T extends P {
    public static int $i = 1;
    public static ?string $n = null;
    public static int|string $u = 0;
    public static float $f = 1.0;
    public static bool $b = false;
    public static ?P $o = null;
    public static self $me;
    public static parent $par;
    public static iterable $it = [];
    protected static array $a = [];
    public static function setA($v) { static::$a = $v; return self::$a; }
}
class C extends T {}
class D extends T { public static int $i = 100; }
trait Tr { public static int $t = 0; }
class UsesTr { use Tr; }
function t($f) {
    try { $v = $f(); if (is_object($v)) echo get_class($v), "\n"; else var_dump($v); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
t(fn() => T::$i = "42");
t(fn() => T::$i = 3.0);
t(fn() => T::$i = 3.5);
t(fn() => T::$i = "x");
t(fn() => T::$i = null);
t(fn() => T::$i = true);
t(fn() => T::$i = []);
t(fn() => T::$n = 5);
t(fn() => T::$n = null);
t(fn() => T::$n = new P);
t(fn() => T::$u = 1.5);
t(fn() => T::$u = "abc");
t(fn() => T::$u = false);
t(fn() => T::$f = 7);
t(fn() => T::$f = "2.5");
t(fn() => T::$b = "0");
t(fn() => T::$b = []);
t(fn() => T::$o = new C);
t(fn() => T::$o = new stdClass);
t(fn() => T::$me = new C);
t(fn() => T::$me = new P);
t(fn() => T::$par = new P);
t(fn() => T::$par = 1);
t(fn() => T::$it = new ArrayIterator([]));
t(fn() => T::$it = 1);
t(fn() => T::setA("s"));
t(fn() => T::setA([1]));
// compound assignment
t(function () { T::$i = 5; T::$i .= "1"; return T::$i; });
t(function () { T::$i .= "z"; });
t(function () { T::$i += 1.5; });
t(function () { T::$i *= 2; return T::$i; });
t(function () { T::$n .= 5; return T::$n; });
// inherited statics share the checked slot, redeclared ones have their own type
t(function () { C::$i = "7"; return T::$i; });
t(fn() => C::$i = "x");
t(fn() => D::$i = "5");
t(fn() => T::$i);
t(fn() => D::$i = []);
// statics from a trait
t(fn() => UsesTr::$t = "9");
t(fn() => UsesTr::$t = "nine");
// list() and the value of the assignment
t(function () { [T::$i, T::$n] = ["12", 13]; return [T::$i, T::$n]; });
t(function () { [T::$i] = ["y"]; });
// untyped statics take anything
class Un { public static $x = 1; }
t(function () { Un::$x = "s"; Un::$x .= 1; Un::$x = []; Un::$x[] = 1; return Un::$x; });

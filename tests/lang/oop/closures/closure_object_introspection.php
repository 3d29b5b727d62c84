<?php
class A { public function get() { return function () {}; } public static function sget() { return function () {}; } }
$c = (new A)->get();
var_dump($c instanceof Closure, is_object($c), is_callable($c));
$r = new ReflectionFunction($c);
var_dump(get_class($r->getClosureThis()), $r->getClosureScopeClass()->getName());
$s = A::sget();
$r2 = new ReflectionFunction($s);
var_dump($r2->getClosureThis(), $r2->getClosureScopeClass()->getName());
try { new Closure; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump((fn() => 1) == (fn() => 1));
$x = fn() => 1;
$y = $x;
var_dump($x === $y);

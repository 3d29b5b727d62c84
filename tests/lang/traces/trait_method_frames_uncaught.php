<?php
// Nested traits, aliases, inherited trait methods and an uncaught exception from a trait method.
trait Inner { public function deep() { debug_print_backtrace(); return $this->boom(); } }
trait Outer { use Inner; public function start() { return $this->deep(); } public static function make() { return new static; } }
trait Boom { public function boom() { throw new RuntimeException("boom"); } }
class A { use Outer, Boom { boom as protected kaboom; } }
class B extends A {}
class C { use Boom; }
try { (new B)->start(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { (new C)->boom(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
var_dump(get_class(B::make()));
trait Named { public function who() { return [__CLASS__, __TRAIT__, static::class, self::class, __METHOD__, __FUNCTION__]; } }
class D { use Named { who as public alias; } }
print_r((new D)->alias());
function f() { return (new A)->start(); }
f();

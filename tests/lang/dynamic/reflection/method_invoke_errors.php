<?php
class A { function f() { return 1; } }
class B { function f() { return 2; } }
abstract class Abs { abstract function g(); }
$m = new ReflectionMethod('A', 'f');
try { $m->invoke(null); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $m->invoke(new B); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { (new ReflectionMethod('Abs', 'g'))->invoke(null); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
class Strict { function f(int $x) { return $x; } }
try { (new ReflectionMethod('Strict', 'f'))->invokeArgs(new Strict, []); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
(new ReflectionMethod('A', 'f'))->invoke();

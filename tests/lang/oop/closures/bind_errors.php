<?php
class A { private $x = 1; public function m() { return function () { return $this->x; }; } public function meth($a) { return $a * 2; } public static function sm() { return static::class; } }
class B {}
class C extends A {}
$f = (new A)->m();
var_dump($f->bindTo(null));
$m = Closure::fromCallable([new A, 'meth']);
var_dump($m->bindTo(new A, B::class));
var_dump($m->bindTo(new B));
var_dump($m->bindTo(null));
echo $m->bindTo(new C)(21), "\n";
$s = Closure::fromCallable('A::sm');
var_dump($s->bindTo(new A));
echo $s->bindTo(null, A::class)(), "\n";
$fn = Closure::fromCallable('strlen');
var_dump($fn->bindTo(null, A::class));
var_dump((new A)->m()->bindTo(new A, 'Nope'));
$h = function () { return 1; };
var_dump($h->bindTo(null, 'stdClass'));
var_dump(Closure::bind($h, null, 'ArrayObject'));
$keep = function () { return 'no $this used'; };
var_dump(Closure::bind($keep, new A, A::class)->bindTo(null) instanceof Closure);
try { Closure::bind('strlen', null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $h->bindTo(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $h->call(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new Closure; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo (string) $h; } catch (Error $e) { echo $e->getMessage(), "\n"; }

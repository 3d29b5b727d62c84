<?php
// self and parent types in trait methods and properties resolve to the using class
trait T {
    public ?self $next = null;
    public function f(self $x) { echo static::class, "::f ok\n"; }
    public function g(?self $x = null): self { return $x ?? $this; }
    public function h($v): self { return $v; }
    public function p(parent $x): parent { return $x; }
    public function i(int $n): int { return $n; }
    public static function make(self|int $x): ?self { return $x instanceof self ? $x : null; }
    public function k(): int {}
}
class P {}
class A extends P { use T; }
class B extends P { use T; }
class C extends A {}
$a = new A; $b = new B; $c = new C; $p = new P;

$a->f($a);
$a->f($c);
$c->f($c);
try { $a->f($b); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $b->f($a); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $c->f($b); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->g() === $a, $a->g($c) === $c);
try { $a->g($b); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->h($b); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $b->h(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->p($p) === $p, $a->p($b) === $b);
try { $a->p(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->i("5"));
try { $a->i("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(A::make($a) === $a, A::make(3));
try { B::make($a); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->k(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

$a->next = $c;
try { $a->next = $b; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$b->next = $b;
try { $b->next = $a; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->next === $c, $b->next === $b);

trait S { public static ?self $s = null; public static int $i = 0; }
class D { use S; }
class E { use S; }
try { D::$s = new E; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { D::$i = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
D::$s = new D;
E::$s = new E;
var_dump(D::$s instanceof D, E::$s instanceof E);

trait R {
    public function byRef(self &$x, int &$n) { $n++; }
}
class F { use R; }
$f = new F; $n = "1";
$f->byRef($f, $n);
var_dump($n);
try { $g = new D; $f->byRef($g, $n); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $f->byRef($f, $f); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

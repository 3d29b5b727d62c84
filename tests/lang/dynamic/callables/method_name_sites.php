<?php
// $o->$name(...) through a cached site: the same site sees several classes, names, scopes (traits,
// bound closures), __call, errors and by-reference parameters.
class A {
    private function priv($x) { return "A::priv $x"; }
    public function pub($x) { return "A::pub $x"; }
    public static function st($x) { return "A::st $x " . static::class; }
    public function callIt($m, $x) { return $this->$m($x); }
    public function __call($n, $a) { return "A::__call $n " . implode(',', $a); }
    public function refm(&$r) { $r++; return "refm"; }
}
class B extends A {
    private function priv($x) { return "B::priv $x"; }
}
class C { public function pub($x) { return "C::pub $x"; } }
trait T { function via($m) { return $this->$m(1); } }
class D { use T; private function hid($x) { return "D::hid $x"; } }
class E { use T; private function hid($x) { return "E::hid $x"; } public function __call($n, $a) { return "E::__call $n"; } }
$objs = [new A, new B, new C, new A, new B];
foreach (['pub', 'PUB', 'priv', 'st', 'nope', 'Pub', 'pub'] as $m) {
    foreach ($objs as $o) {
        try { echo $o->$m(1), "\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
        if ($o instanceof A) echo $o->callIt($m, 2), "\n";
    }
}
$d = new D; $e = new E;
foreach ([$d, $e, $d, $e] as $o) { try { echo $o->via('hid'), "\n"; echo $o->via('nah'), "\n"; } catch (Error $x) { echo $x->getMessage(), "\n"; } }
$f = function ($m) { return $this->$m(5); };
foreach ([new A, new B, new A] as $o) { echo Closure::bind($f, $o, A::class)('priv'), "\n"; echo Closure::bind($f, $o, null)('priv'), "\n"; }
$v = 1; $a = new A; $m = 'refm';
for ($i = 0; $i < 3; $i++) { echo $a->$m($v), " $v\n"; }
$m = 'REFM'; echo $a->$m($v), " $v\n";
$n = null; try { $n->$m(1); } catch (Error $x) { echo $x->getMessage(), "\n"; }
$m = 5; try { $a->$m(1); } catch (Error $x) { echo $x->getMessage(), "\n"; }

<?php
// static variables in methods: one per class for inherited methods (php 8.1+), shared by instances;
// static methods the same; trait methods get one per using class
class A {
    function count() { static $n = 0; return ++$n; }
    static function scount() { static $k = 0; return ++$k; }
}
class B extends A {}
class C extends A { function count() { static $n = 100; return ++$n; } }
$a1 = new A; $a2 = new A; $b = new B; $c = new C;
echo $a1->count(), $a2->count(), $b->count(), $b->count(), $a1->count(), ' ', $c->count(), "\n";
echo A::scount(), B::scount(), A::scount(), B::scount(), "\n";
trait T { function t() { static $z = 0; return ++$z; } }
class U1 { use T; }
class U2 { use T; }
echo (new U1)->t(), (new U1)->t(), (new U2)->t(), "\n";

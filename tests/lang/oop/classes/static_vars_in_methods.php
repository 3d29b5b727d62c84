<?php
class A {
    public function counter() { static $n = 0; return ++$n; }
    public static function sc() { static $m = 0; return ++$m; }
}
class B extends A {}
$a1 = new A; $a2 = new A; $b = new B;
echo $a1->counter(), $a2->counter(), $b->counter(), $b->counter(), "\n";
echo A::sc(), A::sc(), B::sc(), "\n";

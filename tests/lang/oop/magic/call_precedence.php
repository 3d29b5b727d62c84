<?php
class A {
    private function priv() { return 'A::priv (real)'; }
    public function __call($n, $a) { return "__call($n)"; }
    public static function __callStatic($n, $a) { return "__callStatic($n)"; }
    public function inside() { return $this->priv(); }
    public function staticFromInstance() { return A::undefinedThing(); }
}
$a = new A;
echo $a->priv(), "\n";
echo $a->inside(), "\n";
echo $a->staticFromInstance(), "\n";
echo A::priv(), "\n";
class B extends A { public function fromChild() { return $this->priv(); } }
echo (new B)->fromChild(), "\n";

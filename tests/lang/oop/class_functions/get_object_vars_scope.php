<?php
class A {
    public $pub = 1;
    protected $prot = 2;
    private $priv = 3;
    public $unset;
    public int $typed;
    public function inside() { return get_object_vars($this); }
}
class B extends A { private $bpriv = 4; public function fromB() { return get_object_vars($this); } }
$b = new B;
$b->dyn = 5;
print_r(get_object_vars($b));
print_r($b->inside());
print_r($b->fromB());
$f = function () { return get_object_vars($this); };
print_r(Closure::bind($f, $b, A::class)());

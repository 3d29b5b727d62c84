<?php
class A {
    private $priv = 'p';
    protected $prot = 'q';
    public function __get($n) { return "magic:$n"; }
    public function __set($n, $v) { echo "set $n\n"; }
    public function inside() { return $this->priv . $this->prot; }
}
class B extends A { public function readPriv() { return $this->priv; } }
$a = new A;
echo $a->priv, " ", $a->prot, " ", $a->inside(), "\n";
$a->priv = 1;
echo (new B)->readPriv(), "\n";
class NoMagic { private $x; }
try { $n = new NoMagic; $n->x; } catch (Error $e) { echo $e->getMessage(), "\n"; }

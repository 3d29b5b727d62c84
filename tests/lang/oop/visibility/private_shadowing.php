<?php
class A {
    private $v = 'A-private';
    private function who() { return 'A::who'; }
    public function readA() { return $this->v . ' ' . $this->who(); }
}
class B extends A {
    public $v = 'B-public';
    public function who() { return 'B::who'; }
}
$b = new B;
echo $b->readA(), "\n";
echo $b->v, " ", $b->who(), "\n";
var_dump($b);

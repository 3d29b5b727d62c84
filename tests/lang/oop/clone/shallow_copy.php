<?php
class Inner { public $v = 1; }
class Outer {
    public $inner;
    public $arr = [1, 2];
    public $scalar = 's';
    public function __construct() { $this->inner = new Inner; }
}
$a = new Outer;
$b = clone $a;
$b->scalar = 't';
$b->arr[] = 3;
$b->inner->v = 2;
echo $a->scalar, " ", count($a->arr), " ", $a->inner->v, "\n";
echo $b->scalar, " ", count($b->arr), " ", $b->inner->v, "\n";
var_dump($a->inner === $b->inner, $a === $b, $a == $b);

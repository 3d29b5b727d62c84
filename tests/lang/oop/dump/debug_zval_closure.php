<?php
class A { public $x = 1; public function getC() { return function ($p, &$q = 5) use (&$this_unused) { return $this->x; }; } }
$y = 2;
$f = function ($a, $b = 'd') use ($y) { return $a; };
var_dump($f);
$g = fn(int ...$rest) => 1;
var_dump($g);
print_r($f);
echo "\n";

<?php
class Node { public $next; public $val; public function __construct($v) { $this->val = $v; } }
$x = new Node(1);
$y = new Node(2);
$x->next = $y;
$y->next = $x;
var_dump($x);
print_r($y);
echo "\n";
$arr = [$x, $x];
var_dump($arr);

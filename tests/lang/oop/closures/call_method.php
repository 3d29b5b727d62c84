<?php
class Val { private $v; public function __construct($v) { $this->v = $v; } }
$get = function ($mult) { return $this->v * $mult; };
echo $get->call(new Val(3), 2), "\n";
echo $get->call(new Val(5), 10), "\n";
$set = function ($n) { $this->v = $n; return $this; };
$o = $set->call(new Val(1), 99);
echo $get->call($o, 1), "\n";

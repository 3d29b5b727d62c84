<?php
$a = $x + 1;
var_dump($a);
$b = $y * 2;
var_dump($b);
$c = $z . "s";
var_dump($c);
$d = -$q;
var_dump($d);
$e = $p == null;
var_dump($e);

<?php
$len = strlen(...);
var_dump($len("hello"));
function double($x) { return $x * 2; }
$d = double(...);
var_dump($d(21));
$f = fn($a, $b) => $a - $b;
$g = $f(...);
var_dump($g(10, 3));
$up = strtoupper(...);
echo $up("abc"), "\n";
$name = 'double';
var_dump($name(4));
$cl = 'strrev';
$impl = implode(...);
echo $impl("-", [1, 2, 3]), "\n";

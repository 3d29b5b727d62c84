<?php
$arr = [[1, 2], [3, 4]];
foreach ($arr as [&$x, $y]) { $x = $x * 10 + $y; }
var_dump($arr);
$m = ['k' => 1, 'j' => [5]];
['k' => &$v, 'j' => [&$w]] = $m;
$v = 9; $w = 8;
var_dump($m);
$n = null;
[&$p] = $n;
var_dump($n, $p);

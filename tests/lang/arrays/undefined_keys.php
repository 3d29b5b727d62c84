<?php
$a = ['x' => 1, 5 => 'five'];
var_dump($a['y']);
var_dump($a[6]);
var_dump($a["5"]);
echo $a['nope'] . "|\n";
$n = $a['q'] + 1;
var_dump($n);
$arr2 = [[1]];
var_dump($arr2[0][3]);
var_dump($arr2[9][0]);

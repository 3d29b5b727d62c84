<?php
[$a, $b] = [1, 2];
var_dump($a, $b);
list($c, , $d) = ['c', 'skipped', 'd'];
var_dump($c, $d);
['x' => $x, 'y' => $y] = ['y' => 'Y', 'x' => 'X'];
var_dump($x, $y);
[[$p, $q], [$r]] = [[1, 2], [3]];
var_dump($p, $q, $r);
[$a, $b] = [$b, $a];
var_dump($a, $b);
list('k' => list($n1, $n2)) = ['k' => [10, 20]];
var_dump($n1, $n2);
[, , $third] = [1, 2, 3];
var_dump($third);
$arr = [];
[$arr[0], $arr['k']] = ['zero', 'kay'];
var_dump($arr);
foreach ([[1, 'one'], [2, 'two']] as [$num, $word]) {
    echo "$num=$word\n";
}
$res = [$s, $t] = [5, 6];
var_dump($res);

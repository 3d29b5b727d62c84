<?php
// [] / list() destructuring with references: plain, nested, keyed, in foreach
$arr = [1, [2, 3]];
[$one, &$two] = $arr;
$two[] = 'pushed';
var_dump($arr);
[, [&$n1, $n2]] = $arr;
$n1 = 'n1';
var_dump($arr);
['x' => &$kx, 'y' => $ky] = $kv;
$kx = 5;
var_dump($kv, $ky);
list($l1, list(, &$l2)) = $arr;
$l2 = 'L2';
var_dump($arr[1]);
$m = [[1, 2], [3, 4]];
foreach ($m as [&$first, $second]) $first = -$first;
unset($first);
var_dump($m);

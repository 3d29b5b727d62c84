<?php
$x = 1;
$arr = [&$x, 2];
$arr[] = &$x;
var_dump($arr);
unset($x);
var_dump($arr);
function addRef(array &$a) { $a[] = 5; $t = &$a[0]; $t = 'T'; }
$data = [1];
addRef($data);
var_dump($data);
$fn = function () use (&$data) { $data[] = 9; };
$fn();
var_dump($data);
function st() { static $cache = []; $cache[] = 1; return count($cache); }
st(); st();
var_dump(st());
$m = [[1, 2], [3]];
foreach ($m as &$row) { foreach ($row as &$cell) { $cell *= 2; } unset($cell); }
unset($row);
var_dump($m);
$g = [1, 2];
function useGlobal() { global $g; $r = &$g[1]; $r = 'x'; }
useGlobal();
var_dump($g);
$a1 = ['q' => 1];
$b1 = &$a1['q'];
$c1 = $a1;
$b1 = 2;
var_dump($c1, $a1);
function rec(&$n, $d) { if ($d > 0) rec($n, $d - 1); $n++; }
$cnt = [0];
rec($cnt[0], 3);
var_dump($cnt);

<?php
function inc(&$x) { $x++; }
$a = 1;
inc($a);
inc($a);
var_dump($a);
function setKey(&$arr, $k) { $arr[$k] = true; }
setKey($newArr, 'first');
var_dump($newArr);
$data = [];
inc($data['count']);
inc($data['count']);
var_dump($data);
function swap(&$p, &$q) { [$p, $q] = [$q, $p]; }
$x = 'x'; $y = 'y';
swap($x, $y);
var_dump($x, $y);
$nested = ['a' => ['b' => 1]];
inc($nested['a']['b']);
var_dump($nested['a']['b']);
function appendTo(array &$list, ...$items) { foreach ($items as $i) $list[] = $i; }
$l = [];
appendTo($l, 1, 2, 3);
var_dump(count($l));

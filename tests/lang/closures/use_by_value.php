<?php
$x = 1;
$f = function () use ($x) { return $x; };
$x = 2;
var_dump($f());
$arr = [1, 2];
$g = function () use ($arr) { $arr[] = 3; return count($arr); };
var_dump($g(), $g(), count($arr));
$h = function ($p) use ($x, $arr) { return $p + $x + count($arr); };
var_dump($h(10));
$m = function () use ($x) { $x++; return $x; };
var_dump($m(), $m(), $x);

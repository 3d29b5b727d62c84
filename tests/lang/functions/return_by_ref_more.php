<?php
function &counter() { static $c = 0; $c++; return $c; }
$x = &counter();
$x += 10;
var_dump(counter());
$f = 'counter';
var_dump($f());
function &get(array &$a, $k) { return $a[$k]; }
$arr = ['p' => [1]];
$q = &get($arr, 'p');
$q[] = 2;
$copy = get($arr, 'p');
$copy[] = 3;
var_dump($arr);
$h = function &(array &$z) { return $z[0]; };
$arr2 = [1];
$zz = &$arr2[0];
$zz = 5;
var_dump($arr2);

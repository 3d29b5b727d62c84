<?php
$a = [1, 2, 3];
$b = &$a[1];
unset($b);
var_dump($a);
$x = 5;
$y = &$x;
unset($x);
var_dump($y);
var_dump(isset($x));
$arr = ['a' => ['b' => 1, 'c' => 2]];
unset($arr['a']['b']);
unset($arr['z']['y']);
var_dump($arr);
$s = "str";
unset($s);
var_dump(isset($s));

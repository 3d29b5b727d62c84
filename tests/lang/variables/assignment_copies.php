<?php
$a = 1;
$b = $a;
$b++;
var_dump($a, $b);
$s = "str";
$t = $s;
$t .= "ing";
var_dump($s, $t);
$r = &$a;
$r = 100;
var_dump($a);
unset($r);
$r = 5;
var_dump($a);
$x = 1; $y = &$x; $z = $y; $z = 2;
var_dump($x, $y, $z);

<?php
$x = 10;
$f = fn($y) => $x + $y;
var_dump($f(5));
$x = 20;
var_dump($f(5));
$g = fn() => $x++;
var_dump($g(), $g(), $x);
$nested = fn($a) => fn($b) => $a * $b + $x;
var_dump($nested(3)(4));
$noArgs = fn() => "constant";
echo $noArgs(), "\n";
$mod = fn(array $arr) => $arr[] = 'x';
$orig = [1];
var_dump($mod($orig), count($orig));
$byRef = fn(&$v) => $v .= '!';
$s = 'hi';
$byRef($s);
var_dump($s);

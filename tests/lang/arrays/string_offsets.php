<?php
$s = "hello";
var_dump($s[0], $s[4], $s[-1], $s[-5]);
var_dump($s["1"]);
echo $s[10], "|\n";
echo $s[-6], "|\n";
$s[1] = 'a';
var_dump($s);
$s[7] = '!';
var_dump($s);
$s[0] = 'XYZ';
var_dump($s);
$s[-1] = '?';
var_dump($s);
$i = 2;
echo "interp: $s[$i] {$s[-2]}\n";

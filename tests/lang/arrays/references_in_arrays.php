<?php
$a = [1, 2, 3];
$r = &$a[0];
$b = $a;
$b[0] = 9;
var_dump($a[0]);
var_dump($b[0]);
var_dump($r);
$b[1] = 8;
var_dump($a[1]);
$r = 'via r';
echo $a[0], " ", $b[0], "\n";

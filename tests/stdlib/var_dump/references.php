<?php
$a = [1, 2, 3];
$r = &$a[1];
var_dump($a);
$r = 20;
var_dump($a);

$b = ["k" => "v"];
foreach ($b as &$v) {}
var_dump($b);

$x = 1;
$c = [&$x, $x];
$x = 2;
var_dump($c);

<?php
$a = [];
$a[3] = 'c';
$a[1] = 'a';
$a['k'] = 'k';
$a[2] = 'b';
foreach ($a as $key => $val) echo "$key=$val ";
echo "\n";
sort($a);
foreach ($a as $key => $val) echo "$key=$val ";
echo "\n";
$m = [10, 9, 2, 1.5, -3];
sort($m);
var_dump($m);
$w = ["b", "a", "C", "aa"];
sort($w);
var_dump($w);

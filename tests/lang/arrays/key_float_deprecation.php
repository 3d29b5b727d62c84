<?php
$a = [];
$a[1.7] = 'a';
$a[2.0] = 'b';
$a[-0.5] = 'c';
var_dump($a);
$b = [1.9 => 'x', 3.0 => 'y'];
var_dump($b);
var_dump($b[1.2]);

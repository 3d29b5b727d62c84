<?php
$a = [-5 => 'a'];
$a[] = 'b';
var_dump($a);
$b = [];
$b[-10] = 'x';
$b[] = 'y';
var_dump($b);
$c = [3 => 'a', -2 => 'b'];
$c[] = 'c';
var_dump($c);
$d = ['x' => 1];
$d[] = 2;
var_dump($d);

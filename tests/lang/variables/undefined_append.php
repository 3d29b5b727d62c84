<?php
$arr[] = 1;
$arr[] = 2;
var_dump($arr);
$m['a']['b'] = 'c';
var_dump($m);
$s .= "x";
var_dump($s);
$n += 5;
var_dump($n);

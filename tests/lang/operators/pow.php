<?php
var_dump(2 ** -1);
var_dump(2 ** -2);
var_dump(0 ** 0);
var_dump(0 ** -1);
var_dump(2.0 ** 3);
var_dump(4 ** 0.5);
var_dump((-8) ** (1/3));
var_dump((-2) ** 3);
var_dump("2" ** "3");
var_dump(1 ** PHP_INT_MAX);
var_dump((-1) ** PHP_INT_MAX);
$x = 3;
$x **= 2;
var_dump($x);
var_dump(10 ** -1);
var_dump(0.0 ** 0);

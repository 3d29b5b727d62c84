<?php
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(7, -2), intdiv(-7, -2));
var_dump(7 % 3, -7 % 3, 7 % -3, -7 % -3);
var_dump(7.9 % 3);
var_dump("10" % "4");
var_dump(PHP_INT_MIN % -1);
var_dump(5 % 1);
var_dump(-0 % 5);
$x = 17;
$x %= 5;
var_dump($x);

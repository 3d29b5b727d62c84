<?php
$m = PHP_INT_MAX;
var_dump($m + 1);
var_dump($m - -1);
var_dump(PHP_INT_MIN - 1);
var_dump($m * 2);
var_dump(PHP_INT_MIN * -1);
var_dump(-PHP_INT_MIN);
var_dump(2 ** 62);
var_dump(2 ** 63);
var_dump(2 ** 64);
var_dump((-2) ** 63);
var_dump(3 ** 40);
var_dump(10 ** 18, 10 ** 19);
var_dump(PHP_INT_MIN / -1);
var_dump(intdiv(PHP_INT_MAX, 2));
var_dump($m + 1 - 1);

<?php
var_dump(intdiv(7, 2));
var_dump(intdiv(-7, 2));
var_dump(intdiv(7, -2));
var_dump(intdiv(-7, -2));
var_dump(intdiv(0, 5));
var_dump(intdiv(PHP_INT_MAX, 1));
var_dump(intdiv(PHP_INT_MIN, 1));
var_dump(intdiv(PHP_INT_MIN, 2));
// the DivisionByZeroError, uncaught, ends the script
intdiv(1, 0);
echo "not reached\n";

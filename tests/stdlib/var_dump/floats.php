<?php
var_dump(0.1 + 0.2);
var_dump(1e100);
var_dump(-0.0);
var_dump(0.0);
var_dump(1.0);
var_dump(100.0);
var_dump(1.5);
var_dump(-1.5e-10);
var_dump(1/3);
var_dump(2/3);
var_dump(1e15, 1e16, 1e21, 1e22);
var_dump(123456789012345678.0);
var_dump(0.00001, 0.0001);
var_dump(PHP_INT_MAX + 1);
var_dump(7.0E-10);
var_dump(M_PI);
var_dump(PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_MIN);

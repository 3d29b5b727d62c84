<?php
var_dump(PHP_INT_MAX + 1);
var_dump(PHP_INT_MIN - 1);
var_dump(PHP_INT_MAX * 2);
var_dump(-PHP_INT_MIN);
var_dump(9223372036854775807);
var_dump(9223372036854775808);
var_dump(0x7FFFFFFFFFFFFFFF);
var_dump(PHP_INT_SIZE);

<?php
var_dump(10 / 2);
var_dump(10 / 4);
var_dump(10.0 / 2);
var_dump("10" / "2");
var_dump("10" / "4");
var_dump(PHP_INT_MAX / 1);
var_dump(PHP_INT_MAX / 2);
var_dump(-9 / 3);
var_dump(0 / 5);
var_dump(0 / -5);
var_dump(0.0 / -5);

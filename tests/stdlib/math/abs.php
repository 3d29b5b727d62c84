<?php
var_dump(abs(-5), abs(5), abs(0));
var_dump(abs(-5.5), abs(5.5), abs(-0.0));
var_dump(abs(PHP_INT_MIN));
var_dump(abs(PHP_INT_MAX));
var_dump(abs("-3"), abs("-3.5"), abs("4"));
var_dump(abs(-INF), abs(NAN));
var_dump(abs(false), abs(null));

<?php
var_dump(floor(1.5), floor(-1.5), floor(2), floor(-0.5));
var_dump(ceil(1.5), ceil(-1.5), ceil(2), ceil(-0.5));
var_dump(floor(5), ceil(5));
var_dump(floor("3.7"), ceil("3.2"));
var_dump(floor(PHP_INT_MAX), ceil(1e20));
var_dump(floor(0.0), ceil(-0.0));
var_dump(floor(INF), ceil(NAN));

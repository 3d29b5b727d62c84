<?php
var_dump("n:" . 42);
var_dump("f:" . 1.50);
var_dump("f:" . 0.1 + 0.2);
var_dump("t:" . true . " f:" . false . " n:" . null);
var_dump(1 . 1);
var_dump(-1 . -1);
var_dump(1.0 . 2.0);
var_dump(PHP_INT_MAX . "");
var_dump(1e100 . "");
var_dump(-INF . "|" . NAN);
var_dump(0.1 + 0.2 . "");

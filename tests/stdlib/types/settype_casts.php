<?php
$v = "123abc";
var_dump(settype($v, "integer"), $v);
$v = 1;
settype($v, "string");
var_dump($v);
$v = "0";
settype($v, "bool");
var_dump($v);
$v = 1.0;
settype($v, "array");
var_dump($v);
var_dump((bool) "0", (bool) "0.0", (bool) "", (bool) " ", (bool) [], (bool) [0], (bool) 0.0, (bool) -0.0, (bool) NAN);
var_dump((string) true, (string) false, (string) null, (array) "x", (array) null);
var_dump(boolval("false"), strval(1e6), strval(1e15), intval("  0012  "));

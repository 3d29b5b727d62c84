<?php
$a = true and false;
var_dump($a);
$b = (true and false);
var_dump($b);
$c = false or true;
var_dump($c);
$d = true xor true;
var_dump($d);
$e = true && false;
var_dump($e);
var_dump(true || false and false);
var_dump(true or false and false);
$f = false;
$f or print("printed\n");
$g = 1;
$g and print("also printed\n");

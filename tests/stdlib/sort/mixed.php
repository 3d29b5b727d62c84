<?php
$a = [10, "9", 2.5, "abc", true, null, "10", 1];
sort($a);
var_dump($a);
$b = ["10", 9, "1e1", 1.5, "2"];
sort($b);
var_dump($b);
$c = ["10", 9, "1e1", 1.5, "2"];
sort($c, SORT_STRING);
var_dump($c);
$d = ["3", "20", "100"];
sort($d, SORT_NUMERIC);
var_dump($d);
sort($d, SORT_REGULAR);
var_dump($d);

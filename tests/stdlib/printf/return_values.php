<?php
$n = printf("hello %s\n", "world");
var_dump($n);
$s = sprintf("%05.1f|%s", 9.96, "é");
var_dump($s);
var_dump(sprintf(""));
var_dump(sprintf("no conversions"));
$n = printf("");
var_dump($n);
echo vsprintf("%s-%s-%d\n", ["a", "b", 3]);
vprintf("%2\$s %1\$s\n", ["world", "hello"]);

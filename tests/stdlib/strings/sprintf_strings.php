<?php
$name = "World";
$s = sprintf("Hello, %s! You are %d years and %.1f%% done.", $name, 30, 99.5);
var_dump($s);
var_dump(sprintf("%08.3f", 3.14159));
var_dump(sprintf("%'.10d|%-10s|%u", 42, "left", 3));
var_dump(sprintf("%5.1e", 123456));

<?php
$a = ["a" => 1, "b" => "1", "c" => 2, 5 => 1, "d" => true];
var_dump(array_keys($a));
var_dump(array_keys($a, 1));
var_dump(array_keys($a, 1, true));
var_dump(array_keys($a, "1", true));
var_dump(array_keys([]));
var_dump(array_keys([10, 20, 30]));
var_dump(array_keys(["x" => null, "y" => 0], null));

<?php
$a = ["a" => null, 1 => "one", "" => "empty", "07" => "str", 8 => "eight"];
var_dump(array_key_exists("a", $a));
var_dump(isset($a["a"]));
var_dump(array_key_exists(1, $a));
var_dump(array_key_exists("1", $a));
var_dump(array_key_exists("", $a));
var_dump(array_key_exists(null, $a));
var_dump(array_key_exists("07", $a));
var_dump(array_key_exists(7, $a));
var_dump(array_key_exists("8", $a));
var_dump(array_key_exists("missing", $a));
var_dump(key_exists("a", $a));
var_dump(array_key_exists(true, [1 => 1]) ?? null);

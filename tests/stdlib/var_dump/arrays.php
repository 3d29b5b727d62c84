<?php
var_dump([]);
var_dump([1, 2, 3]);
var_dump(["a" => 1, "b" => "two", 5 => 3.5]);
var_dump([1, [2, [3, []]]]);
var_dump(["x" => ["y" => ["z" => null]]]);
var_dump([-5 => "neg", "10" => "numeric string key", "01" => "string key"]);
var_dump([true => "t", false => "f", null => "n"]);
var_dump([1.7 => "float key truncated"]);

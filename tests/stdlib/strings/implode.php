<?php
var_dump(implode(",", [1, 2, 3]));
var_dump(implode([1, 2, 3]));
var_dump(implode(", ", []));
var_dump(implode("-", ["a"]));
var_dump(implode(" ", [1.0, 0.1, true, false, null, "s", -0.0]));
var_dump(implode(",", ["x" => "a", "y" => "b"]));
var_dump(join("+", ["j", "o", "i", "n"]));
var_dump(implode("", ["a", "b"]));

<?php
$s = "Hello, World";
var_dump(substr($s, 7), substr($s, -5, 3), substr($s, 20));
var_dump(strpos($s, "o"), strpos($s, "z"), strpos($s, "o", 5));
var_dump(str_replace("o", "0", $s));
var_dump(str_replace(["H", "W"], ["J", "V"], $s));
var_dump(str_pad("7", 3, "0", STR_PAD_LEFT), str_pad("x", 5, "-", STR_PAD_BOTH));
var_dump(strtolower("ABC"), strtoupper("abc"));
var_dump(implode(",", [1, 2.5, true, null]));
var_dump(explode(" ", "a b  c"));

<?php
$a = [0, "1", 2.0, null, "abc", true];
var_dump(in_array("0", $a));
var_dump(in_array("0", $a, true));
var_dump(in_array(1, $a));
var_dump(in_array(1, $a, true));
var_dump(in_array("1", $a, true));
var_dump(in_array(2, $a), in_array(2, $a, true), in_array(2.0, $a, true));
var_dump(in_array("xyz", [0]));
var_dump(in_array("xyz", [1]));
var_dump(in_array(null, [0]), in_array(null, [0], true));
var_dump(in_array("abc", ["ABC"]));
var_dump(in_array([1, 2], [[1, 2]]), in_array([1, 2], [[2 => 1]]));
var_dump(in_array("1e1", ["10"]), in_array("1e1", ["10"], true));
var_dump(array_search("1", [0, 1, "1"]), array_search("1", [0, 1, "1"], true), array_search("z", ["a"]));

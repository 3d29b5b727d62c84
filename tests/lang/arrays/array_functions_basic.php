<?php
$a = [3 => 'c', 1 => 'a', 2 => 'b'];
var_dump(array_keys($a), array_values($a));
var_dump(in_array('a', $a), in_array('z', $a), in_array("1", [1, 2]), in_array("1", [1, 2], true));
var_dump(array_key_exists(1, $a), array_key_exists(9, $a), array_key_exists('k', ['k' => null]));
$s = [5, 3, 10, 1];
sort($s);
var_dump($s);
$words = ["banana", "apple", "Cherry"];
sort($words);
print_r($words);
echo implode(", ", $s), "\n";
var_dump(explode(",", "a,b,,c"));
var_dump(max([1, 5, 3]), min(4, 2, 8), max("10", "9"), max("abc", 0));

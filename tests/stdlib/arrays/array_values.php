<?php
var_dump(array_values(["a" => 1, "b" => 2]));
var_dump(array_values([5 => "x", 3 => "y"]));
var_dump(array_values([]));
$a = [1, 2, 3];
unset($a[1]);
var_dump($a);
var_dump(array_values($a));
$a[] = 4;
var_dump($a);

<?php
$a = ["b" => 2, "a" => 3, "c" => 1];
asort($a);
print_r($a);
arsort($a);
print_r($a);
ksort($a);
print_r($a);
krsort($a);
print_r($a);
$m = [10 => "x", 9 => "y", "k" => "z", "1" => "w"];
ksort($m);
var_dump($m);

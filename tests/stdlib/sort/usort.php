<?php
$a = [3, 1, 2];
usort($a, fn($x, $y) => $x <=> $y);
print_r($a);
$people = [["n" => "bob", "age" => 30], ["n" => "al", "age" => 25], ["n" => "cy", "age" => 30]];
usort($people, function ($p, $q) { return $q["age"] <=> $p["age"]; });
echo implode(",", array_column($people, "n")), "\n";
$k = ["b" => 1, "a" => 2];
uksort($k, 'strcmp');
print_r($k);
uasort($k, fn($x, $y) => $y - $x);
print_r($k);

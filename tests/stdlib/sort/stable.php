<?php
// sort is stable since PHP 8.0
$a = [["k" => 1, "v" => "a"], ["k" => 0, "v" => "b"], ["k" => 1, "v" => "c"], ["k" => 0, "v" => "d"]];
usort($a, fn($x, $y) => $x["k"] <=> $y["k"]);
echo implode(",", array_column($a, "v")), "\n";
$s = ["b" => 1, "a" => 1, "c" => 0];
asort($s);
print_r($s);

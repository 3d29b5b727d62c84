<?php
$a = [5, 3, 8, 1, -2, 0, 3];
var_dump(sort($a));
var_dump($a);
$b = ["x" => 3, "y" => 1, "z" => 2];
sort($b);
var_dump($b);
rsort($a);
echo implode(",", $a), "\n";
$e = [];
sort($e);
var_dump($e);

<?php
function v($first, ...$rest) { var_dump($first, $rest); }
v(...['first' => 1, 'x' => 2, 'y' => 3]);
v(1, 2, ...['k' => 'v']);
$f = fn(...$all) => $all;
var_dump($f(...['a' => 1, 'b' => 2]));
var_dump($f(1, ...[2, 3], ...['z' => 0]));

<?php
$a = [1, [2, 3], [4, [5, 6]]];
var_dump(count($a));
var_dump(count($a, 1));
var_dump(count([]));
var_dump(count($a[2][1]));
$b = ['x' => [], 'y' => [[]]];
var_dump(count($b, COUNT_RECURSIVE));

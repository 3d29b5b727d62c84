<?php
$arr = [1, [2, 3]];
[&$a, [, &$b]] = $arr;
$a = 'A';
$b = 'B';
var_dump($arr);

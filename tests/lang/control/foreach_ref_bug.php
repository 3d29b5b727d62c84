<?php
$a = [1, 2, 3];
foreach ($a as &$v) {}
foreach ($a as $v) {}
var_dump($a);
$b = ['a', 'b', 'c', 'd'];
foreach ($b as &$x) {}
foreach ($b as $x) { echo implode(',', $b), "\n"; }

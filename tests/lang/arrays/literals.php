<?php
$a = [1, 2, 3];
$b = array('x' => 1, 'y' => [true, null]);
$c = [1, 2, 3,];
$d = [5 => 'a', 'b', 'c'];
$e = ['k' => 'v', 10 => 'ten', 'next'];
var_dump($a, $b, $c, $d, $e);
print_r($b);
echo "\n";
var_export($e);
echo "\n";

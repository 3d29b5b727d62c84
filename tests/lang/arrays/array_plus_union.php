<?php
$a = ['a' => 1, 'b' => 2];
$b = ['b' => 3, 'c' => 4];
print_r($a + $b);
print_r($b + $a);
$l = [1, 2, 3];
print_r($l + [10, 20, 30, 40]);
$a += ['z' => 26];
print_r($a);

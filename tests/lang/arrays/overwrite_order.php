<?php
$a = ['a' => 1, 'b' => 2, 'c' => 3];
$a['a'] = 10;
$a['d'] = 4;
print_r($a);
unset($a['b']);
$a['b'] = 20;
print_r($a);
$l = [1, 2, 3];
unset($l[2]);
$l[] = 'appended';
print_r($l);
unset($l[0], $l[1], $l[3]);
$l[] = 'after clear';
print_r($l);
$x = ['1' => 'a', 1 => 'b', 1.0 => 'c', true => 'd'];
var_dump($x);

<?php
[$a, $b, $c] = [1, 2];
var_dump($a, $b, $c);
['k' => $k] = ['j' => 1];
var_dump($k);
[$x] = [];
var_dump($x);
[$n] = null;
var_dump($n);
[$i] = 42;
var_dump($i);

<?php
$n = null;
var_dump($n[0]);
var_dump($n['k']['j']);
$i = 42;
var_dump($i[0]);
$b = true;
var_dump($b['x']);
$f = 1.5;
var_dump($f[1]);
echo "done\n";

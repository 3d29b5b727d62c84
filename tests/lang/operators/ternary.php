<?php
$x = 5;
echo $x > 3 ? "big" : "small", "\n";
echo $x ?: "falsy", "\n";
echo 0 ?: "zero is falsy", "\n";
echo "" ?: "empty", "\n";
echo "0" ?: "string zero", "\n";
echo [] ?: "empty array", "\n";
echo null ?: false ?: "chain", "\n";
echo ($x > 3 ? "a" : ($x > 1 ? "b" : "c")), "\n";
var_dump(true ? 1 : 2.0);
var_dump(false ? 1 : 2.0);
$y = $x ?: 99;
var_dump($y);
echo 1 ? 2 ?: 3 : 4, "\n";

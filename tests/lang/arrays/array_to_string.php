<?php
$a = [1, 2];
echo $a, "\n";
$s = "x" . $a;
var_dump($s);
echo "in string: $a\n";
print_r($a);
echo "\n";

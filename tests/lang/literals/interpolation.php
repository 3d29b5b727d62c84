<?php
$a = [10, 20, 'key' => 'val', 'k' => ['j' => 'deep']];
$o = [1 => 'one'];
$x = 'ex';
$n = 5;
echo "$a[0] {$o[1]} ${x}\n";
echo "$a[key] {$a['key']}\n";
echo "{$a['k']['j']}\n";
echo "$x[0] {$x}s ${x}s\n";
echo "$n$n {$n}0\n";
echo "brace only { $x }\n";
echo "dollar alone $ and $1 and {$x}\n";
$name = 'x';
echo "${name}\n";
$i = 1;
echo "$a[1]\n";
echo "neg: $x[-1]\n";
echo "float: " . 1.5 . " in string: {$n}.5\n";

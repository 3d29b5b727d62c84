<?php
$a = ['x' => 1, 'y' => 2, 5 => 'five', 'z' => null];
foreach ($a as $k => $v) {
    echo var_export($k, true), " => ", var_export($v, true), "\n";
}
foreach ($a as $v) {
    echo gettype($v), " ";
}
echo "\n";
foreach ([] as $v) { echo "never"; }
foreach ([[1, 2], [3, 4]] as $k => [$p, $q]) { echo "$k: $p $q\n"; }
var_dump($k, $v);

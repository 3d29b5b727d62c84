<?php
$a = [1, 2, 3];
foreach ($a as $k => $v) {
    if ($k == 0) {
        $a[] = 4;
        $a[1] = 'changed';
    }
    echo $v, " ";
}
echo "\n";
var_dump(count($a));
$b = [1, 2, 3];
foreach ($b as $k => &$v) {
    if ($k == 0) {
        $b[] = 4;
    }
    echo $v, " ";
}
unset($v);
echo "\n";
$c = [1, 2, 3];
foreach ($c as $k => $v) {
    unset($c[1]);
    echo $v, " ";
}
echo "\n";
print_r($c);

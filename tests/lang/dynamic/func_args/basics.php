<?php
// func_num_args()/func_get_args()/func_get_arg(): passed arguments only, extra ones included,
// parameters' current values (php 7+), by-reference parameters seen through
function f($a, $b = 'dflt') {
    echo func_num_args(), ": ", json_encode(func_get_args()), "\n";
    $a = 'changed';
    echo "arg0 now ", func_get_arg(0), "\n";
}
f(1);
f(1, 2);
f(1, 2, 3, [4]);
function noParams() {
    $n = func_num_args();
    $sum = 0;
    for ($i = 0; $i < $n; $i++) $sum += func_get_arg($i);
    return "$n args, sum $sum";
}
echo noParams(), "\n";
echo noParams(1, 2, 3, 4), "\n";
function byRef(&$x) {
    $x = 'written';
    var_dump(func_get_args());
}
$v = 'orig';
byRef($v, 'extra');
function unsetParam($a) {
    unset($a);
    var_dump(func_get_args());
}
unsetParam(1);

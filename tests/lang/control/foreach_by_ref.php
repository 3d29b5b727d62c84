<?php
$a = [1, 2, 3];
foreach ($a as &$v) {
    $v *= 2;
}
unset($v);
var_dump($a);
$b = ['x' => 'a', 'y' => 'b'];
foreach ($b as $k => &$val) {
    $val = strtoupper($val) . $k;
}
unset($val);
print_r($b);
$c = [];
foreach ($c as &$e) {}
var_dump($c);

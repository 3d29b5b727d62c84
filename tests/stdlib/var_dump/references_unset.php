<?php
// A reference whose only other holder is gone (refcount 1) is no longer shown with &.
$a = [1, 2, 3];
$r = &$a[1];
$r = 20;
unset($r);
var_dump($a);
$b = ["k" => "v"];
foreach ($b as &$v) {}
unset($v);
var_dump($b);

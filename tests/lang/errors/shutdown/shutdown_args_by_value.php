<?php
$x = 1;
$arr = ['a'];
register_shutdown_function(function ($v, $a) { echo "v=$v a=", implode(',', $a), "\n"; }, $x, $arr);
$x = 2;
$arr[] = 'b';
$o = new stdClass;
$o->n = 1;
register_shutdown_function(function ($obj) { echo "n=", $obj->n, "\n"; }, $o);
$o->n = 5;
echo "end\n";

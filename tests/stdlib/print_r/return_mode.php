<?php
$s = print_r([1, ["x" => "y"]], true);
var_dump($s);
var_dump(print_r(1.0, true));
var_dump(print_r(false, true));
var_dump(print_r(null, true));
var_dump(print_r("abc", true));
$r = print_r("direct");
echo "\n";
var_dump($r);

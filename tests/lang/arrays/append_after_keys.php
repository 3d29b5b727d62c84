<?php
$a = [10 => 'a'];
$a["20"] = 'b';
$a[] = 'c';
$a["x"] = 'd';
$a[] = 'e';
var_dump($a);
$b = [PHP_INT_MAX => 'max'];
var_dump(count($b));

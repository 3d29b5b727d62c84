<?php
$b = [PHP_INT_MAX => 'max'];
echo "before\n";
$b[] = 'overflow';
echo "after\n";
var_dump(count($b));

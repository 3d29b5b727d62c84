<?php
echo "Sum: " . 1 + 2, "\n";
echo "a" . 3 * 2, "\n";
echo 1 . 2 + 3, "\n";
echo "x" . -1, "\n";
var_dump("1" . "2" + 3);
var_dump(1.0 . "");
var_dump(10 . 0);
var_dump(-0.0 . "");
$s = "a";
$s .= 1 + 1;
var_dump($s);

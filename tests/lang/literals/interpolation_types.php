<?php
$t = true; $f = false; $nl = null; $fl = 2.50; $big = 1e20; $i = -3;
echo "[$t][$f][$nl][$fl][$big][$i]\n";
$arr = [1, 2];
echo "arr: $arr\n";
$fl2 = 0.1 + 0.2;
echo "sum: $fl2\n";
echo "exp: " . 1e-10 . " " . 123456789012345678 . "\n";

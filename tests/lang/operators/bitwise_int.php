<?php
var_dump(6 & 3, 6 | 3, 6 ^ 3, ~6, ~0, ~-1);
var_dump(1 << 3, 256 >> 4, -16 >> 2, -1 >> 63);
var_dump(1 << 63, 1 << 64, 1 << 65);
var_dump(PHP_INT_MIN >> 64);
var_dump(5 >> 100);
var_dump("12" & 5);
var_dump(1.9 | 0);
var_dump(0xFF & ~0x0F);
$x = 5; $x <<= 2; var_dump($x);
$x ^= 1; var_dump($x);

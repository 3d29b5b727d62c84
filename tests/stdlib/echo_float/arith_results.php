<?php
echo 7 / 2, "\n";
echo 6 / 2, "\n";
var_dump(6 / 2);
var_dump(7 % 3, -7 % 3, 7 % -3);
var_dump(fmod(7.5, 2), fmod(-7.5, 2));
var_dump(2 ** 63, 2 ** 62, 2 ** -1, (-2) ** 2);
var_dump(0.1 * 3, 1 - 0.9);
var_dump(1e308 * 10, -1e308 * 10);
var_dump(intdiv(7, 2), 7 <=> 2);

<?php
var_dump(round(2.5), round(-2.5), round(3.5), round(-3.5));
var_dump(round(0.5), round(-0.5), round(1.4999999999));
var_dump(round(1.955, 2));
var_dump(round(5.045, 2), round(5.055, 2));
var_dump(round(3.14159, 3));
var_dump(round(1234.5678, -2), round(1250, -2), round(-1250, -2), round(1249, -2));
var_dump(round(5, 2), round(7));
var_dump(round(0.285, 2), round(1.005, 2));
var_dump(round(-0.4));
var_dump(round("3.7"), round("12"));
var_dump(round(123456789012345678, -3));
var_dump(round(1.45, 1), round(1.55, 1), round(-1.45, 1));
var_dump(round(2.5, 0, PHP_ROUND_HALF_EVEN), round(3.5, 0, PHP_ROUND_HALF_EVEN));
var_dump(round(2.5, 0, PHP_ROUND_HALF_ODD), round(2.5, 0, PHP_ROUND_HALF_DOWN));
var_dump(round(PHP_INT_MAX), round(1e20, 2));

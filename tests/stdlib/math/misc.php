<?php
var_dump(sqrt(16), sqrt(2), sqrt(-1));
var_dump(pow(2, 10), pow(2, -1), pow(2.0, 2), pow(2, 63), pow(0, 0), pow(-8, 1/3));
var_dump(10 ** 20, 3 ** 2);
var_dump(pi(), M_E, M_SQRT2);
var_dump(exp(1), log(M_E), log10(1000), log(8, 2), log(0));
var_dump(sin(0), cos(0), tan(0), atan2(1, 1));
var_dump(fmod(10, 3), fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0));
var_dump(is_nan(fdiv(0, 0)));
var_dump(array_sum([1, 2, 3.5]), array_sum([]), array_product([2, "3", 4]), array_product([]));
var_dump(hypot(3, 4), deg2rad(180), rad2deg(M_PI));

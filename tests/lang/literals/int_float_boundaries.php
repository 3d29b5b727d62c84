<?php
var_dump(9007199254740993);
var_dump(9007199254740993.0);
var_dump((float)9007199254740993);
var_dump(0.1 + 0.2 == 0.3);
var_dump(abs(0.1 + 0.2 - 0.3) < PHP_FLOAT_EPSILON);
var_dump(1.0E+25 / 1e25);
var_dump(4.35 * 100);
var_dump((int)(4.35 * 100));
var_dump(round(4.35 * 100));
var_dump(-1.0E-10);
var_dump(1e-320);

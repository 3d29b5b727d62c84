<?php
var_dump((int) 3.99, (int) -3.99, (int) "12abc", (int) "  12", (int) "1e3", (int) 1e19);
var_dump((int) NAN, (int) INF, (int) "0x1A", (int) "012", (int) true, (int) null);
var_dump((float) "1.5e3", (float) "abc", (float) ".5", (float) "-0");
var_dump(intval("42", 8), intval("0x1A", 16), intval("0x1A", 0), intval("012", 0), intval("101", 2));
var_dump(floatval("1.5abc"), intval(42.99));
var_dump(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < PHP_FLOAT_EPSILON);
var_dump(PHP_INT_MAX == PHP_INT_MAX + 0.0, PHP_INT_MAX === (int)(float) PHP_INT_MAX);

<?php
var_dump(0.1 + 0.2);
var_dump(1/3);
var_dump(1e15);
var_dump(1e14);
var_dump(1.5e-7);
var_dump(0.0001);
var_dump(0.00001);
var_dump(2.0);
var_dump(100.0 * 1.1);
var_dump(1e21, 1e20);
var_dump(-1.5e300 * 1e10);

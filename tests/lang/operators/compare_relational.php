<?php
var_dump("abc" < "b");
var_dump("Z" < "a");
var_dump("10" < "9");
var_dump("10" < "9x");
var_dump(10 < "9x");
var_dump("" < "a");
var_dump(null < -1);
var_dump(null < 1);
var_dump(false < true);
var_dump([1, 2] < [1, 3]);
var_dump([5] < [1, 1]);
var_dump(1 >= 1.0);
var_dump("1e1" >= "9");
var_dump("abc" > 5);
var_dump(NAN < 1, NAN > 1, NAN == 0);

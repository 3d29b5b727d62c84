<?php
var_dump(max(1, 2, 3), min(1, 2, 3));
var_dump(max([4, 9, 2]), min([4, 9, 2]));
var_dump(max(1, 2.0), max(2.0, 1), max(2, 2.0), max(2.0, 2));
var_dump(max("apple", "banana"), min("apple", "banana"));
var_dump(max("10", "9"), max("10", "9a"));
var_dump(max(1, "1"), max("1", 1));
var_dump(max("abc", 0), min("abc", 0));
var_dump(max([1, 2], [1, 3]), max([1, 2, 3], [5, 6]));
var_dump(max(null, false), max(true, 2), min(-1, null));
var_dump(max([1, 2], 99), min("x", [0]));
var_dump(max(-0.0, 0), min(0, -0.0));
var_dump(max(NAN, 1), max(1, NAN));

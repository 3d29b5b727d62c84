<?php
var_dump(explode(",", "a,b,c"));
var_dump(explode(",", "a,b,c", 2));
var_dump(explode(",", "a,b,c", -1));
var_dump(explode(",", "a,b,c", -3));
var_dump(explode(",", "a,b,c", 0));
var_dump(explode(",", "a,b,c", 1));
var_dump(explode(",", ""));
var_dump(explode(",", "", -1));
var_dump(explode(",", ",a,,b,"));
var_dump(explode("::", "x::y::z"));
var_dump(explode(",", "abc"));
var_dump(explode(",", "abc", -1));
var_dump(explode("ab", "ab"));

<?php
foreach ([1, 1.5, "s", true, null, [], -0.0] as $v) {
    echo gettype($v), "\n";
}
var_dump(is_int(5), is_int("5"), is_float(5.0), is_string(""), is_bool(0), is_array([]), is_null(null));
var_dump(is_numeric("12"), is_numeric("12.5"), is_numeric("1e5"), is_numeric(" 12"), is_numeric("12 "), is_numeric("12abc"), is_numeric("0x1A"), is_numeric(""), is_numeric("."), is_numeric("-.5"));

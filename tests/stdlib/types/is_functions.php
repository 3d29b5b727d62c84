<?php
$values = [0, 1, -1, 1.0, 0.0, NAN, "", "0", "1", "abc", true, false, null, [], [1]];
foreach ($values as $v) {
    echo str_pad(var_export($v, true), 8), " int:", (int) is_int($v), " float:", (int) is_float($v),
        " string:", (int) is_string($v), " bool:", (int) is_bool($v), " array:", (int) is_array($v),
        " null:", (int) is_null($v), " numeric:", (int) is_numeric($v), " scalar:", (int) is_scalar($v), "\n";
}
var_dump(is_integer(5), is_long(5), is_double(5.0), is_iterable([1]), is_countable([]));

<?php
foreach ([null, true, false, 0, -1, 1.5, NAN, INF, "", "str", [], [1, 2], -0.0] as $v) {
    echo gettype($v), " | ", get_debug_type($v), "\n";
}
echo gettype(fn() => 1), " | ", get_debug_type(fn() => 1), "\n";

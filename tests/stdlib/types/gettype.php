<?php
foreach ([null, true, false, 0, -1, 1.5, NAN, INF, "", "str", [], [1, 2], -0.0] as $v) {
    echo gettype($v), " | ", get_debug_type($v), "\n";
}
$f = fopen("php://memory", "r");
echo gettype($f), " | ", get_debug_type($f), "\n";
fclose($f);
echo gettype($f), " | ", get_debug_type($f), "\n";
echo gettype(fn() => 1), " | ", get_debug_type(fn() => 1), "\n";
echo gettype(new stdClass), " | ", get_debug_type(new stdClass), "\n";

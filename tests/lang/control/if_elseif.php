<?php
function classify($n) {
    if ($n < 0) {
        return "negative";
    } elseif ($n == 0) {
        return "zero";
    } else if ($n < 10) {
        return "small";
    } else {
        return "large";
    }
}
foreach ([-5, 0, 3, 42, "7", null] as $v) {
    echo var_export($v, true), " => ", classify($v), "\n";
}
if (0) echo "no\n"; elseif ("0.0") echo "0.0 is truthy\n";
if ([]) { echo "no\n"; } else { echo "empty array falsy\n"; }

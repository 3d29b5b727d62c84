<?php
// php prints the parameters' current values, only the arguments passed (not defaults), and all variadic extras.
function f($a, $b = 2, $c = 3, ...$rest) {
    $a = "changed";
    return intdiv(1, 0);
}
f(1, c: 9);

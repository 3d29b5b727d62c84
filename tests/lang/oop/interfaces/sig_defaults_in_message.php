<?php
echo "start\n";
class P { const X = 1; function f($a, $b = 5, $c = "abcdefghijklmn", $d = null, $e = [], $f = [1], $g = PHP_INT_MAX, $h = P::X, $j = -1.5, $k = true, ?int $n = null, &...$rest) {} }
class C extends P {
    function f($a, $b = 5) {}
}

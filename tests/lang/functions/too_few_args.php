<?php
function f($a, $b) {
    return $a + $b;
}
echo f(1, 2), "\n";
echo f(1, 2, 3, 4), "\n";
echo f(1);

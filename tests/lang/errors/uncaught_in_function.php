<?php
function f($a, $b) {
    return intdiv($a, $b) + $a % $b;
}
echo f(7, 2), "\n";
echo f(1, 0), "\n";

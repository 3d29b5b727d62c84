<?php
function g($a, $b, $c = 3) {
    return $a + $b + $c;
}
function wrap() {
    return g(1);
}
echo wrap();

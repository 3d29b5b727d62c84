<?php
// Errors and warnings inside loops on ints: php's messages at php's lines, once.
function undef() {
    $s = 0;
    for ($i = 0; $i < 3; $i++) {
        $s += $u;
    }
    var_dump($s);
}
function float_input($f) {
    $s = 0;
    for ($i = 0; $i < 3; $i++) { $s = $s + $f; }
    var_dump($s);
}
function modzero() {
    $a = 10;
    for ($k = 0; $k < 3; $k++) {
        $a = $a % ($k - 1);
    }
    var_dump($a);
}
undef();
float_input(0.25);
modzero();

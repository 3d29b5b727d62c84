<?php
// A negative shift inside a loop on ints: php's ArithmeticError at its line.
function shift_neg() {
    $r = 0;
    for ($i = 2; $i > -5; $i--) {
        $r = 1 << $i;
    }
    var_dump($r);
}
shift_neg();

<?php
// A float division by zero inside a loop on floats: php's DivisionByZeroError at its line.
function fdivide() {
    $x = 1.0;
    for ($i = 3; $i >= 0; $i--) {
        $x = $x / $i;
    }
}
fdivide();

<?php
function f($x, $y = 2) {
    print_r(debug_backtrace());
}
f(1);

<?php
function f($a, $b) {
    debug_print_backtrace();
}
f(1, "two");

<?php
function f($a) {
    $a = 'changed';
    debug_print_backtrace();
}
f('orig');

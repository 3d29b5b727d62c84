<?php
$f = function ($x, $y) {
    debug_print_backtrace();
};
$f('a', ['b']);
$g = fn($z) => debug_print_backtrace();
$g(3.5);
array_map(function ($v) { debug_print_backtrace(); }, [true]);

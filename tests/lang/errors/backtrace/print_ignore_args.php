<?php
function f(int $x, string $s) {
    debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
}
function g(array $a) {
    f(1, 'two');
}
g([1, 2]);

<?php
function f($a, $b = 'dflt', ...$rest) {
    debug_print_backtrace();
}
f(1);
f(1, 2);
f(1, 2, 3, [4], null);
function g(int $x, ?string $s = null) { f($x, $s); }
g(5);

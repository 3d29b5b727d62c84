<?php
// debug_backtrace() and debug_print_backtrace() list the arguments of callers in files that never call them
require __DIR__ . '/inc/callers.inc';
function report($what, $n) {
    debug_print_backtrace();
    foreach (debug_backtrace() as $i => $f) {
        echo $i, ' ', $f['function'], ' ', json_encode($f['args'] ?? 'no args'), "\n";
    }
    return $n;
}
outerCaller(['a' => 1, 'b' => 2]);
outerCaller([], 'L', 'extra1', 'extra2');
(new Caller)->viaMethod(7);
Caller::viaStatic(a: 1, b: 'two');

<?php
function f($x) {
    print_r(debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 1));
    var_dump(count(debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 0)));
    var_dump(count(debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 10)));
}
function g($y) { f($y); }
function h($z) { g($z); }
h(1);

<?php
function f($x) {
    print_r(debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS));
}
function g($y) {
    f($y + 1);
}
g(1);

<?php
array_map(function ($x) {
    debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
}, [1]);
function cb($v) {
    debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
    return $v;
}
function run() {
    return array_filter([1], 'cb');
}
run();

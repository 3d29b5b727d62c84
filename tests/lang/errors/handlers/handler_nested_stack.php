<?php
$mk = function ($name) {
    return function ($no, $str) use ($name) { echo "$name: $str\n"; return true; };
};
set_error_handler($mk('A'));
set_error_handler($mk('B'));
set_error_handler($mk('C'));
trigger_error("1");
restore_error_handler();
trigger_error("2");
restore_error_handler();
trigger_error("3");
restore_error_handler();
trigger_error("4");

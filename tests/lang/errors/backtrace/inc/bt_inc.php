<?php
debug_print_backtrace();
if (!function_exists('inc_func')) {
    function inc_func() { debug_print_backtrace(); }
}

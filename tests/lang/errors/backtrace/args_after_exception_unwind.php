<?php
function thrower($n) {
    throw new Exception("t$n");
}
function catcher($m) {
    try {
        thrower($m + 1);
    } catch (Exception $e) {
        echo $e->getMessage(), "\n";
    }
    debug_print_backtrace();
}
function outer($k) {
    catcher($k * 10);
}
outer(2);

<?php
// func_get_arg()'s position checks, with its frame in the trace
function one($a) {
    foreach ([-1, 1, "x"] as $pos) {
        try {
            var_dump(func_get_arg($pos));
        } catch (Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    return func_get_arg(1.0);
}
one('a', 'b');
function two() {
    return func_get_arg(3);
}
two(1);

<?php
// php refuses to call the scope functions through a variable
function f() {
    foreach (['func_get_args', 'func_num_args', 'compact', 'extract', 'get_defined_vars'] as $name) {
        try {
            $name([]);
        } catch (Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
        try {
            $name();
        } catch (Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    $fn = 'FUNC_GET_ARG';
    $fn(0);
}
f();

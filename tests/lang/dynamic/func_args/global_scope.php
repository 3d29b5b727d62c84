<?php
// in the global scope (top level, eval'd code) they throw Error
foreach (['func_get_args();', 'func_get_arg(0);', 'func_num_args();'] as $code) {
    try {
        eval($code);
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
echo count(func_get_args()), "\n";

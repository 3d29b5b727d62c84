<?php
function fact($n) {
    if ($n <= 1) {
        debug_print_backtrace();
        return 1;
    }
    return $n * fact($n - 1);
}
echo fact(4), "\n";

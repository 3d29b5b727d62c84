<?php
$a = [2, 1];
usort($a, function ($x, $y) {
    $t = debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS);
    foreach ($t as $i => $f) {
        echo $i, ': ', $f['function'], ' ', $f['file'] ?? '[internal]', ':', $f['line'] ?? '-', "\n";
    }
    return $x <=> $y;
});
print_r($a);

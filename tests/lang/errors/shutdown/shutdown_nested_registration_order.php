<?php
function level($n) {
    echo "level $n\n";
    if ($n < 3) register_shutdown_function('level', $n + 1);
}
register_shutdown_function('level', 1);
register_shutdown_function(function () { echo "second top\n"; });

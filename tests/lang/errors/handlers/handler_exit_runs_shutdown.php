<?php
register_shutdown_function(function () { echo "shutdown\n"; });
set_error_handler(function ($no, $str) {
    echo "fatal-ish: $str\n";
    exit(2);
});
echo $missing;
echo "never\n";

<?php
set_error_handler(function ($no, $str) {
    echo "[handler] $str\n";
    return false;
});
$x = [];
echo $x[1];
echo "next\n";
trigger_error("user warn", E_USER_WARNING);
echo "end\n";

<?php
set_error_handler(function ($no, $str) {
    echo "[handler $no] $str\n";
    return true;
}, E_USER_WARNING | E_USER_NOTICE);
trigger_error("n", E_USER_NOTICE);
trigger_error("w", E_USER_WARNING);
trigger_error("d", E_USER_DEPRECATED);
echo $nope;
echo "end\n";

<?php
set_error_handler(function ($no, $str) {
    echo "[handler] $str\n";
});
echo $undef;
echo "done\n";

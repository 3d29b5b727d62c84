<?php
set_error_handler(function ($no, $str, $file, $line) {
    echo "handler: $no $str line $line\n";
    return true;
});
trigger_error("fatal but handled", E_USER_ERROR);
echo "continues\n";

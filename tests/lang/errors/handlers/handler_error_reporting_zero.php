<?php
set_error_handler(function ($no, $str) {
    echo "handler called: $str (er=", error_reporting(), ")\n";
    return true;
});
error_reporting(0);
trigger_error("still goes to handler?");
error_reporting(E_ALL & ~E_USER_NOTICE);
trigger_error("masked notice");
trigger_error("warn", E_USER_WARNING);

<?php
error_reporting(E_ALL & ~E_NOTICE);
set_error_handler(function ($no, $str) {
    echo "handler er=", error_reporting(), " for $str\n";
    return true;
});
@trigger_error("x");
echo error_reporting(), "\n";

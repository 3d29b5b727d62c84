<?php
set_error_handler(function ($no, $str) {
    echo "handler: $str, error_reporting()=", error_reporting(), "\n";
    return true;
});
$x = @$undefined;
@trigger_error("silenced user warning", E_USER_WARNING);
echo "er now: ", error_reporting(), "\n";

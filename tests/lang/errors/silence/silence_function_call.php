<?php
function warn() {
    echo "in warn: er=", error_reporting(), "\n";
    trigger_error("inside", E_USER_WARNING);
    return 7;
}
$r = @warn();
var_dump($r);
echo "after: er=", error_reporting(), "\n";
warn();

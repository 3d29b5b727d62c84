<?php
set_error_handler(function ($no, $str) { echo "h: $str\n"; return true; });
trigger_error("handled");
$old = set_error_handler(null);
var_dump($old instanceof Closure);
trigger_error("standard output");
restore_error_handler();
trigger_error("handled again");

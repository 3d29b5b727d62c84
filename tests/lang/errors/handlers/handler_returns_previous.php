<?php
function first($no, $str) { echo "first: $str\n"; return true; }
function second($no, $str) { echo "second: $str\n"; return true; }
var_dump(set_error_handler('first'));
var_dump(set_error_handler('second'));
trigger_error("one");
var_dump(restore_error_handler());
trigger_error("two");
restore_error_handler();
trigger_error("three");
var_dump(restore_error_handler());

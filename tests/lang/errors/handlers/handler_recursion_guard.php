<?php
function h($no, $str) {
    echo "h: $str\n";
    trigger_error("from inside the handler", E_USER_WARNING);
    return true;
}
set_error_handler('h');
trigger_error("outer");
trigger_error("second");

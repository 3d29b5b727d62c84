<?php
set_error_handler(function ($no, $str) {
    echo "handler saw: $str\n";
    return false;
});
trigger_error("falls through", E_USER_ERROR);
echo "never\n";

<?php
set_error_handler(function ($no, $str) {
    echo "handler: $str\n";
    echo $inside_undefined;
    return true;
});
echo $outer_undefined;
echo "end\n";

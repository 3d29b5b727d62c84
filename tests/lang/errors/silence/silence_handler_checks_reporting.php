<?php
set_error_handler(function ($no, $str) {
    if (!(error_reporting() & $no)) {
        echo "suppressed: $str\n";
        return false;
    }
    echo "reported: $str\n";
    return true;
});
echo @$a;
echo $b;
echo "end\n";

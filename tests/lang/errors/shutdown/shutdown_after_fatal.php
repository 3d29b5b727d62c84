<?php
register_shutdown_function(function () {
    $e = error_get_last();
    echo "type=", $e['type'], "\n";
    echo "message=", $e['message'], "\n";
});
trigger_error("fatal here", E_USER_ERROR);

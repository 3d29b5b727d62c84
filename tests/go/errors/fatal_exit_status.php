<?php
// A fatal error of the API: printed as php prints a fatal error, shutdown functions run, status 255.
register_shutdown_function(function () {
    echo "shutdown function\n";
});
ob_start();
echo "buffered output is flushed\n";
new go\Chan(['capacity' => 1.5]);

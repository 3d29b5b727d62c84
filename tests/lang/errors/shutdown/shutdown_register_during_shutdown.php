<?php
register_shutdown_function(function () {
    echo "one\n";
    register_shutdown_function(function () { echo "added during shutdown\n"; });
});
register_shutdown_function(function () { echo "two\n"; });
echo "main\n";

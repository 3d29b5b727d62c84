<?php
set_exception_handler(function (Throwable $e) {
    echo "handled: ", get_class($e), ": ", $e->getMessage(), "\n";
});
register_shutdown_function(function () { echo "shutdown\n"; });
echo "before\n";
throw new RuntimeException("oops");
echo "never\n";

<?php
set_exception_handler(function (Throwable $t) {
    echo "handler: ", get_class($t), " ", $t->getMessage(), "\n";
});
register_shutdown_function(function () { echo "shutdown\n"; });
echo "start\n";
throw new Exception("handled globally");
echo "never\n";

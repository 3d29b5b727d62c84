<?php
register_shutdown_function(function () { echo "shutdown\n"; });
$f = new Fiber(function () {
    echo "in fiber\n";
    exit(3);
});
$f->start();
echo "not reached\n";

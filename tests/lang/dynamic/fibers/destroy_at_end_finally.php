<?php
$f = new Fiber(function () {
    try {
        echo "suspending\n";
        Fiber::suspend();
        echo "never\n";
    } catch (Throwable $t) {
        echo "catch must not run\n";
    } finally {
        echo "finally runs at destruction\n";
    }
});
$f->start();
echo "end of script\n";

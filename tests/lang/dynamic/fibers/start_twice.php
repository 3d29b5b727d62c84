<?php
$f = new Fiber(function () { Fiber::suspend(1); });
$f->start();
try {
    $f->start();
} catch (FiberError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$f->resume();
try {
    $f->start();
} catch (FiberError $e) {
    echo $e->getMessage(), "\n";
}

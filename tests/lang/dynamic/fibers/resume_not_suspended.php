<?php
$f = new Fiber(function () { return 1; });
try {
    $f->resume();
} catch (FiberError $e) {
    echo $e->getMessage(), "\n";
}
$f->start();
try {
    $f->resume(5);
} catch (FiberError $e) {
    echo $e->getMessage(), "\n";
}

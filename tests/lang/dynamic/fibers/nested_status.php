<?php
$a = null;
$b = new Fiber(function () use (&$a) {
    var_dump($a->isRunning(), $a->isSuspended());
    try {
        $a->resume();
    } catch (FiberError $e) {
        echo $e->getMessage(), "\n";
    }
    Fiber::suspend();
});
$a = new Fiber(function () use ($b) {
    $b->start();
    echo "a continues\n";
    Fiber::suspend();
});
$a->start();
var_dump($a->isSuspended(), $b->isSuspended());

<?php
$f = new Fiber(function () use (&$f) {
    try {
        $f->resume();
    } catch (FiberError $e) {
        echo "resume: ", $e->getMessage(), "\n";
    }
    try {
        $f->start();
    } catch (FiberError $e) {
        echo "start: ", $e->getMessage(), "\n";
    }
    try {
        $f->throw(new Exception("x"));
    } catch (FiberError $e) {
        echo "throw: ", $e->getMessage(), "\n";
    }
    return 3;
});
$f->start();
var_dump($f->getReturn());

<?php
try {
    new Fiber('no_such_function');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    new Fiber(42);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$f = new Fiber(fn() => 1);
try {
    $f->__construct(fn() => 2);
} catch (FiberError $e) {
    echo $e->getMessage(), "\n";
}
try {
    new FiberError("mine");
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

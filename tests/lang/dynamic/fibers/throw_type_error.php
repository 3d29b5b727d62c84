<?php
$f = new Fiber(function () { Fiber::suspend(); });
$f->start();
try {
    $f->throw(42);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    $f->throw(new stdClass);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$f->resume();
echo "ok\n";

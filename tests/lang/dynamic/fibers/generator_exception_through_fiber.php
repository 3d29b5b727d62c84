<?php
function failing() {
    yield 1;
    throw new RuntimeException("gen failed");
}
$f = new Fiber(function () {
    foreach (failing() as $v) {
        Fiber::suspend($v);
    }
});
$f->start();
try {
    $f->resume();
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}

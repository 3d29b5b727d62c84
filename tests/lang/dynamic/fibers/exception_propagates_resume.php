<?php
$f = new Fiber(function () {
    $x = Fiber::suspend();
    throw new Exception("after resume with $x");
});
$f->start();
function drive(Fiber $f) {
    $f->resume(9);
}
try {
    drive($f);
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
    echo $e->getTraceAsString(), "\n";
}

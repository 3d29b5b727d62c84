<?php
function level2() {
    throw new Exception("deep");
}
$inner = new Fiber(function () { level2(); });
$outer = new Fiber(function () use ($inner) {
    $inner->start();
});
try {
    $outer->start();
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
var_dump($inner->isTerminated(), $outer->isTerminated());

<?php
function show() {
    $e = new Exception("look");
    echo $e->getTraceAsString(), "\n";
    $t = $e->getTrace();
    echo count($t), " frames; ", $t[1]['function'] ?? '-', " ", $t[2]['class'] ?? '-', $t[2]['type'] ?? '', $t[2]['function'], "\n";
    var_dump(isset($t[1]['file']));
}
$f = new Fiber(function () {
    show();
    Fiber::suspend();
    show();
});
$f->start();
function later($f) { $f->resume(); }
later($f);

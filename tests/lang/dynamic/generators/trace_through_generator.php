<?php
function g($arg) {
    yield 1;
    throw new Exception("from generator");
}
function drive() {
    $gen = g('a');
    foreach ($gen as $v) {}
}
try {
    drive();
} catch (Exception $e) {
    echo $e->getMessage(), " @", $e->getLine(), "\n";
    foreach ($e->getTrace() as $f) echo $f['function'], isset($f['line']) ? ' line ' . $f['line'] : '', "\n";
}

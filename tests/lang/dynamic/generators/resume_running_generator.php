<?php
function g() {
    global $gen;
    yield 1;
    try {
        $gen->next();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try { $gen->send(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
    echo "current while running: ", var_export($gen->current(), true), "\n";
    yield 2;
}
$gen = g();
foreach ($gen as $v) echo "v=$v\n";

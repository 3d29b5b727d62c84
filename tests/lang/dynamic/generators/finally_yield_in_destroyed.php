<?php
function g() {
    try {
        yield 1;
    } finally {
        echo "in finally\n";
        yield 2;
        echo "not reached\n";
    }
}
$gen = g();
$gen->current();
try {
    unset($gen);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "done\n";

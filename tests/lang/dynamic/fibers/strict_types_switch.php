<?php
declare(strict_types=1);
function takesInt(int $x) { return $x; }
$f = new Fiber(function () {
    Fiber::suspend();
    try {
        takesInt("5");
    } catch (TypeError $e) {
        echo "fiber: ", $e->getMessage(), "\n";
    }
});
$f->start();
try {
    takesInt("6");
} catch (TypeError $e) {
    echo "main: ", $e->getMessage(), "\n";
}
$f->resume();

<?php
function g() {
    global $gen;
    yield 1;
    yield from $gen;
}
$gen = g();
try {
    foreach ($gen as $v) echo $v, "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($gen->valid());

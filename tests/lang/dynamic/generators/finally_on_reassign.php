<?php
function g($n) {
    try {
        yield $n;
    } catch (Exception $e) {
        echo "catch never runs on destruction\n";
    } finally {
        echo "finally $n\n";
    }
}
$x = g(1);
echo $x->current(), "\n";
$x = g(2);
echo $x->current(), "\n";
$x = null;
echo "end\n";

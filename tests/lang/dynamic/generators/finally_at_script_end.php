<?php
function g($n) {
    try {
        yield $n;
        yield $n + 1;
    } finally {
        echo "finally $n\n";
    }
}
$first = g(1);
$first->current();
$second = g(10);
$second->current();
$arr = [g(100)];
$arr[0]->current();
echo "script ends\n";

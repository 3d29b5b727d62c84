<?php
// Recursive calls: fib(30).
function fib($n) {
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}

function work() {
    return fib(30);
}

work(); // warm-up
$t = hrtime(true);
$c = work();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);

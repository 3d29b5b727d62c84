<?php
// Fibonacci: naive recursion, then a loop that runs past PHP_INT_MAX (ints overflow to float).
function fib($n) {
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}

for ($i = 0; $i <= 10; $i++) {
    printf("fib(%d) = %d\n", $i, fib($i));
}
echo "fib(25) = ", fib(25), "\n";

$a = 0;
$b = 1;
for ($i = 0; $i < 100; $i++) {
    $next = $a + $b;
    $a = $b;
    $b = $next;
}
var_dump($a);

<?php
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function fact($n) { return $n <= 1 ? 1 : $n * fact($n - 1); }
function ack($m, $n) {
    if ($m == 0) return $n + 1;
    if ($n == 0) return ack($m - 1, 1);
    return ack($m - 1, ack($m, $n - 1));
}
for ($i = 0; $i <= 15; $i++) echo fib($i), " ";
echo "\n";
var_dump(fact(20));
var_dump(fact(21));
var_dump(ack(2, 3));
function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
var_dump(depth(5000));
function isEven($n) { return $n == 0 ? true : isOdd($n - 1); }
function isOdd($n) { return $n == 0 ? false : isEven($n - 1); }
var_dump(isEven(10), isOdd(7));

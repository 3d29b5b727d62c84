<?php
$fact = function ($n) use (&$fact) {
    return $n <= 1 ? 1 : $n * $fact($n - 1);
};
var_dump($fact(10));
$fib = function ($n) use (&$fib) {
    return $n < 2 ? $n : $fib($n - 1) + $fib($n - 2);
};
echo $fib(20), "\n";
$walk = function ($arr, $depth = 0) use (&$walk) {
    foreach ($arr as $k => $v) {
        echo str_repeat("  ", $depth), $k, "\n";
        if (is_array($v)) $walk($v, $depth + 1);
    }
};
$walk(['a' => ['b' => ['c' => 1], 'd' => 2], 'e' => 3]);

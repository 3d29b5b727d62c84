<?php
// FizzBuzz up to $argv[1] (default 15): php samples/fizzbuzz.php 30
$n = isset($argv[1]) ? (int) $argv[1] : 15;
for ($i = 1; $i <= $n; $i++) {
    if ($i % 15 == 0) {
        echo "FizzBuzz\n";
    } elseif ($i % 3 == 0) {
        echo "Fizz\n";
    } elseif ($i % 5 == 0) {
        echo "Buzz\n";
    } else {
        echo $i, "\n";
    }
}

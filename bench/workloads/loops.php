<?php
// Nested integer loops: arithmetic and modulo on ints, 3000 x 3000 iterations.
function work() {
    $sum = 0;
    for ($i = 0; $i < 3000; $i++) {
        for ($j = 0; $j < 3000; $j++) {
            $sum += ($i * $j + $j) % 7;
        }
    }
    return $sum;
}

work(); // warm-up
$t = hrtime(true);
$c = work();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);

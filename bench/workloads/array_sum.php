<?php
// Arrays: append 1M ints to a list, then sum them with foreach.
function work() {
    $a = [];
    for ($i = 0; $i < 1000000; $i++) {
        $a[] = $i * 3 % 1000;
    }
    $sum = 0;
    foreach ($a as $v) {
        $sum += $v;
    }
    return $sum + count($a);
}

work(); // warm-up
$t = hrtime(true);
$c = work();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);

<?php
// sort() of 200k ints from a linear congruential generator (deterministic, unlike rand()).
function data($n) {
    $a = [];
    $x = 42;
    for ($i = 0; $i < $n; $i++) {
        $x = ($x * 1103515245 + 12345) % 2147483648;
        $a[] = $x;
    }
    return $a;
}

function work($data) {
    sort($data);
    return $data[0] . ':' . $data[100000] . ':' . $data[199999];
}

$data = data(200000);
work($data); // warm-up
$t = hrtime(true);
$c = work($data);
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);

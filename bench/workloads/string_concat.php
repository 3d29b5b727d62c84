<?php
// Strings: build a string from 1M pieces with .=, then look at it.
function work() {
    $s = '';
    for ($i = 0; $i < 1000000; $i++) {
        $s .= $i % 10;
    }
    return strlen($s) . ':' . substr($s, 123456, 12) . ':' . substr_count($s, '7');
}

work(); // warm-up
$t = hrtime(true);
$c = work();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);

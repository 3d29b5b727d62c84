<?php
// Generator pipeline: a range generator (10M steps) -> a mapping generator -> a filtering
// generator -> summed in foreach. Every value passes through three generator resumes.
function source($n) {
    for ($i = 0; $i < $n; $i++) {
        yield $i;
    }
}

function mapped($it) {
    foreach ($it as $k => $v) {
        yield $k => $v * 3 + 1;
    }
}

function filtered($it) {
    foreach ($it as $k => $v) {
        if ($v % 2 == 0) {
            yield $k => $v;
        }
    }
}

function work($n) {
    $sum = 0;
    foreach (filtered(mapped(source($n))) as $k => $v) {
        $sum += $v - $k;
    }
    return $sum;
}

work(10000000); // warm-up
$t = hrtime(true);
$c = work(10000000);
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);

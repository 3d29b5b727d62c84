<?php
// A WaitGroup fan-in: each worker sums its slice and sends the partial sum; the total does not
// depend on the order the workers run in (the same under `phpgoc run --parallel`).
use go\Chan;
use go\WaitGroup;

$workers = 8;
$results = new Chan($workers);
$wg = new WaitGroup();
for ($w = 0; $w < $workers; $w++) {
    $wg->add(1);
    go(function ($from, $to) use ($results, $wg) {
        $sum = 0;
        for ($i = $from; $i < $to; $i++) {
            $sum += $i;
        }
        $results->push($sum);
        $wg->done();
    }, [$w * 10000, ($w + 1) * 10000]);
}
$wg->wait();
$results->close();
$total = 0;
$n = 0;
while (($v = $results->pop()) !== null) {
    $total += $v;
    $n++;
}
echo "$n partial sums, total $total\n";

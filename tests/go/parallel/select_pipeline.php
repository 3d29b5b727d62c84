<?php
// Producers send over two channels, consumers select on both until both are closed; the sorted
// values received do not depend on the interleaving.
use go\Chan;
use go\WaitGroup;

$a = new Chan(4);
$b = new Chan(0);
$out = new Chan(1000);
$producers = new WaitGroup();
$producers->add(2);
foreach ([[$a, 0], [$b, 100]] as [$ch, $base]) {
    go(function () use ($ch, $base, $producers) {
        for ($i = 1; $i <= 50; $i++) {
            $ch->push($base + $i);
        }
        $producers->done();
    });
}
$consumers = new WaitGroup();
for ($c = 0; $c < 3; $c++) {
    $consumers->add(1);
    go(function () use ($a, $b, $out, $consumers) {
        $open = 2;
        $seen = [];
        while ($open > 0) {
            $got = false;
            select(
                ['case', $a, '->', function ($v) use (&$got) { $got = $v; }],
                ['case', $b, '->', function ($v) use (&$got) { $got = $v; }]
            );
            if ($got === null) {
                // one of the channels is closed and drained: wait until both are
                if ($a->isClosed() && $b->isClosed() && $a->len() == 0) {
                    $open = 0;
                }
                continue;
            }
            $out->push($got);
        }
        $consumers->done();
    });
}
$producers->wait();
$a->close();
$b->close();
$consumers->wait();
$out->close();
$all = [];
while (($v = $out->pop()) !== null) {
    $all[] = $v;
}
sort($all);
echo count($all), " values, sum ", array_sum($all), ", first ", $all[0], ", last ", end($all), "\n";

<?php
// Buffered producer/consumer: 10,000,000 messages through a channel of capacity 128.
use go\Chan;
use go\Scheduler;

$n = 10000000;
$ch = new Chan(128);
$sum = 0;
$t = hrtime(true);
go(function () use ($ch, $n) {
    for ($i = 0; $i < $n; $i++) {
        $ch->push($i);
    }
    $ch->close();
});
go(function () use ($ch, &$sum) {
    while (($v = $ch->pop()) !== null) {
        $sum += $v & 1023;
    }
});
Scheduler::join();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$sum\n";
printf("time_ms=%.2f\n", $ms);

<?php
// 1,000,000 routines that each sleep 1 s and exit; the main script waits for all of them.
// Judged by wall time and peak RSS (bench/go/run measures both); the in-script time is printed too.
use go\Scheduler;
use go\Time;

$n = 1000000;
$done = 0;
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    go(function () use (&$done) {
        Time::sleep(Time::SECOND);
        $done++;
    });
}
Scheduler::join();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$done\n";
printf("time_ms=%.2f\n", $ms);

<?php
// Unbuffered ping-pong: 1,000,000 messages between two routines (each message is one send and one
// receive on a rendezvous channel; the reply goes back on a second one).
use go\Chan;
use go\Scheduler;

$n = 1000000;
$ping = new Chan(0);
$pong = new Chan(0);
$sum = 0;
$t = hrtime(true);
go(function () use ($ping, $pong, $n) {
    for ($i = 0; $i < $n; $i++) {
        $pong->push($ping->pop() + 1);
    }
});
go(function () use ($ping, $pong, $n, &$sum) {
    for ($i = 0; $i < $n; $i++) {
        $ping->push($i);
        $sum += $pong->pop();
    }
});
Scheduler::join();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$sum\n";
printf("time_ms=%.2f\n", $ms);

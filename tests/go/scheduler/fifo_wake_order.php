<?php
// Receivers blocked on one channel get values in the order they started waiting, and run in the
// order they were woken, after the routines already in the queue.
use go\Chan;
use go\Runtime;
use go\Scheduler;

$ch = new Chan();
foreach ([1, 2, 3] as $n) {
    go(function () use ($ch, $n) {
        echo "receiver $n waits\n";
        $v = $ch->pop();
        echo "receiver $n got $v\n";
    });
}
Runtime::gosched();
go(function () {
    echo "a routine queued before the wakes\n";
});
foreach (['a', 'b', 'c'] as $v) {
    $ch->push($v);
}
echo "main pushed all\n";
Scheduler::join();

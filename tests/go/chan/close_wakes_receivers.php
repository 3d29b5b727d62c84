<?php
// close() wakes every routine blocked in pop(), in the order they started waiting; each gets NULL.
use go\Chan;
use go\Runtime;
use go\Scheduler;

$ch = new Chan();
for ($i = 0; $i < 3; $i++) {
    go(function () use ($ch) {
        echo "routine ", Runtime::goid(), " waits\n";
        $v = $ch->pop();
        echo "routine ", Runtime::goid(), " got ", var_export($v, true), "\n";
    });
}
Runtime::gosched();
echo "main closes\n";
var_dump($ch->close());
echo "main after close\n";
Scheduler::join();

<?php
// close() wakes every routine blocked in push(): each warns (at its push() line) and gets NULL.
use go\Chan;
use go\Runtime;
use go\Scheduler;

$ch = new Chan();
for ($i = 0; $i < 2; $i++) {
    go(function () use ($ch) {
        echo "routine ", Runtime::goid(), " pushes\n";
        $r = $ch->push(Runtime::goid());
        echo "routine ", Runtime::goid(), " push returned ", var_export($r, true), "\n";
    });
}
Runtime::gosched();
echo "main closes\n";
$ch->close();
Scheduler::join();

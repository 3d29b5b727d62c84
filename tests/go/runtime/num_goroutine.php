<?php
// numGoroutine(): routines alive (created and not ended), main included.
use go\Chan;
use go\Runtime;
use go\Scheduler;

echo Runtime::numGoroutine(), "\n";
$ch = new Chan();
go(function () use ($ch) {
    echo "inside: ", Runtime::numGoroutine(), "\n";
    $ch->pop();
});
go(function () {
});
echo "two queued: ", Runtime::numGoroutine(), "\n";
Runtime::gosched();
echo "one ended, one blocked: ", Runtime::numGoroutine(), "\n";
$ch->push(1);
Scheduler::join();
echo "all ended: ", Runtime::numGoroutine(), "\n";

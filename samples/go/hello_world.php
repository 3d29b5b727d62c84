<?php
// Two routines and the main script. go() only queues a routine: it first runs when main blocks,
// here in Scheduler::join(), which waits until every routine has ended.
use go\Runtime;
use go\Scheduler;

go(function (string $name) {
    echo "Hello, $name! (from routine ", Runtime::goid(), ")\n";
}, ['World']);

go(function () {
    echo "Hello again! (from routine ", Runtime::goid(), ")\n";
});

echo "main: ", Runtime::numGoroutine() - 1, " routines queued\n";
Scheduler::join();
echo "main: all done\n";

<?php
// When the counter reaches 0 every waiter is woken, in the order they started waiting.
use go\Runtime;
use go\WaitGroup;

$wg = new WaitGroup();
$wg->add(2);
for ($i = 0; $i < 3; $i++) {
    go(function () use ($wg) {
        echo "waiter ", Runtime::goid(), " waits\n";
        $wg->wait();
        echo "waiter ", Runtime::goid(), " woken\n";
    });
}
Runtime::gosched();
echo "counter ", $wg->done(), "\n";
Runtime::gosched();
echo "counter ", $wg->add(-1), "\n";
echo "main goes on\n";
go\Scheduler::join();

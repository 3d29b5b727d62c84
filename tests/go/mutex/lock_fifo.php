<?php
// lock() on a held mutex blocks in FIFO order; unlock() hands the mutex to the first waiter and
// wakes it (the unlocking routine goes on).
use go\Mutex;
use go\Runtime;
use go\Scheduler;

$m = new Mutex();
var_dump($m->lock(), $m->isLock());
for ($i = 0; $i < 3; $i++) {
    go(function () use ($m) {
        $id = Runtime::goid();
        echo "routine $id wants the lock\n";
        $m->lock();
        echo "routine $id has the lock\n";
        Runtime::gosched();
        echo "routine $id unlocks\n";
        $m->unlock();
    });
}
Runtime::gosched();
echo "main unlocks\n";
var_dump($m->unlock());
echo "main goes on\n";
Scheduler::join();
var_dump($m->isLock());

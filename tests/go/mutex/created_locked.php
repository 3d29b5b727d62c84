<?php
// new Mutex(false) is created locked with no owner: lock() blocks, even for its creator's routines,
// and the first unlock(), from any routine, frees it.
use go\Mutex;
use go\Runtime;
use go\Scheduler;

$m = new Mutex(false);
var_dump($m->isLock(), $m->tryLock());
go(function () use ($m) {
    echo "routine waits for the lock\n";
    $m->lock();
    echo "routine has the lock\n";
});
go(function () use ($m) {
    echo "another routine unlocks it\n";
    $m->unlock();
});
Scheduler::join();
var_dump($m->isLock());

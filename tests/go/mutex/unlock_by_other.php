<?php
// unlock() by a routine that does not own the mutex counts as the owner's (phpgo does not check);
// unlock() of a free mutex does nothing.
use go\Mutex;
use go\Scheduler;

$m = new Mutex();
$m->unlock();
var_dump($m->isLock());
go(function () use ($m) {
    $m->lock();
    echo "routine 1 holds the mutex\n";
});
go(function () use ($m) {
    echo "routine 2 unlocks it\n";
    $m->unlock();
});
Scheduler::join();
var_dump($m->isLock(), $m->tryLock());

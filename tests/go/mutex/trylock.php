<?php
// tryLock() never blocks: true when free (or already ours), false when another routine holds it.
use go\Mutex;
use go\Scheduler;

$m = new Mutex(true);
go(function () use ($m) {
    var_dump($m->tryLock());
    go\Runtime::gosched();
    $m->unlock();
    echo "routine unlocked\n";
});
go(function () use ($m) {
    var_dump($m->tryLock());
    go\Runtime::gosched();
    var_dump($m->tryLock());
});
Scheduler::join();
var_dump($m->isLock());

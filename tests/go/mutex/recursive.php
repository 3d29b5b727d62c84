<?php
// The owner may lock again (recursive); the mutex is free after as many unlocks.
use go\Mutex;
use go\Runtime;

$m = new Mutex();
$m->lock();
$m->lock();
var_dump($m->tryLock());
go(function () use ($m) {
    echo "other routine tryLock: ", var_export($m->tryLock(), true), "\n";
});
Runtime::gosched();
$m->unlock();
$m->unlock();
var_dump($m->isLock());
$m->unlock();
var_dump($m->isLock());
$m->unlock();
var_dump($m->isLock(), $m->tryLock(), $m->isLock());

<?php
// Reasons for routines: mutex lock, waitgroup wait, chan send, scheduler join.
use go\Chan;
use go\Mutex;
use go\WaitGroup;

$m = new Mutex(false);
$wg = new WaitGroup();
$wg->add(1);
$full = new Chan();
go(function () use ($m) {
    $m->lock();
});
go(function () use ($wg) {
    $wg->wait();
});
go(function () use ($full) {
    $full->push(1);
});
go(function () {
    go\Scheduler::join();
});
go\Scheduler::join();

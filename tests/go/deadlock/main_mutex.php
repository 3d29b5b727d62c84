<?php
// Main waits for a mutex held by a routine that is itself blocked.
use go\Chan;
use go\Mutex;

$m = new Mutex();
$never = new Chan();
go(function () use ($m, $never) {
    $m->lock();
    echo "routine holds the mutex\n";
    $never->pop();
});
go\Runtime::gosched();
$m->lock();

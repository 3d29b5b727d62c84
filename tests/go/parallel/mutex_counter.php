<?php
// Routines increment one counter under a go\Mutex: no increment is lost, in either mode.
use go\Mutex;
use go\Scheduler;

$m = new Mutex();
$counter = 0;
for ($r = 0; $r < 6; $r++) {
    go(function () use ($m, &$counter) {
        for ($i = 0; $i < 2000; $i++) {
            $m->lock();
            $counter++;
            $m->unlock();
        }
    });
}
Scheduler::join();
echo "counter: $counter\n";

<?php
// Runtime::gosched() puts the caller at the tail of the run queue.
use go\Runtime;
use go\Scheduler;

foreach (['A', 'B'] as $name) {
    go(function () use ($name) {
        for ($i = 1; $i <= 3; $i++) {
            echo "$name$i\n";
            Runtime::gosched();
        }
    });
}
Scheduler::join();

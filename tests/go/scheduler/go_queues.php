<?php
// go() only queues the routine and returns true; routines first run, in creation order, when main blocks.
use go\Scheduler;

foreach (['first', 'second', 'third'] as $name) {
    var_dump(go(function () use ($name) {
        echo "$name runs\n";
    }));
    echo "queued $name\n";
}
echo "main blocks in join\n";
var_dump(Scheduler::join());
echo "main goes on\n";

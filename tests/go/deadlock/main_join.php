<?php
// Main waits in join() for a routine that waits on a channel nobody will ever send to.
use go\Chan;
use go\Scheduler;

$ch = new Chan();
go(function () use ($ch) {
    echo "routine waits\n";
    $ch->pop();
});
Scheduler::join();
echo "not reached\n";

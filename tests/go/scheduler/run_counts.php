<?php
// Scheduler::run() lets ready routines run until none is ready and returns how many runs that took
// (each resume of a routine is a run); routines blocked meanwhile stay blocked.
use go\Chan;
use go\Runtime;
use go\Scheduler;

$ch = new Chan();
go(function () {
    echo "A part 1\n";
    Runtime::gosched();
    echo "A part 2\n";
});
go(function () use ($ch) {
    echo "B blocks\n";
    $ch->pop();
    echo "B resumed\n";
});
var_dump(Scheduler::run());
var_dump(Scheduler::run());
$ch->tryPush(1);
var_dump(Scheduler::run());

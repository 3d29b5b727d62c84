<?php
// join($tasksLeft) returns once at most $tasksLeft routines are alive.
// (400 ms between the routines' ends: the counts hold when a loaded machine resumes main late.)
use go\Runtime;
use go\Scheduler;
use go\Time;

foreach ([100, 500, 900] as $ms) {
    go(function () use ($ms) {
        Time::sleep($ms * Time::MILLISECOND);
        echo "routine of $ms ms ends\n";
    });
}
var_dump(Scheduler::join(2));
echo "alive: ", Runtime::numGoroutine() - 1, "\n";
Scheduler::join(1);
echo "alive: ", Runtime::numGoroutine() - 1, "\n";
Scheduler::join(5);
echo "join(5) returned at once\n";
Scheduler::join();
echo "alive: ", Runtime::numGoroutine() - 1, "\n";

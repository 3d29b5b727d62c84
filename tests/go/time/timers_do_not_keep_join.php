<?php
// Timers are not routines: pending after/tick timers never keep Scheduler::join() waiting, and
// Runtime::numGoroutine() does not count them.
use go\Runtime;
use go\Scheduler;
use go\Time;

$tick = Time::tick(Time::HOUR);
$after = Time::after(Time::HOUR);
go(function () {
    echo "routine runs\n";
});
$start = hrtime(true);
Scheduler::join();
echo "join returned ", (hrtime(true) - $start) < Time::SECOND ? "at once" : "late", ", routines: ", Runtime::numGoroutine(), "\n";

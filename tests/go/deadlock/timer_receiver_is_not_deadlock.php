<?php
// A routine waiting on a timer's channel, or sleeping, is not deadlocked: the timer will wake it.
// (400 ms between the timers: the order holds when a loaded machine starts a routine late.)
use go\Time;

go(function () {
    Time::after(100 * Time::MILLISECOND)->pop();
    echo "after fired\n";
});
go(function () {
    select(['case', Time::after(500 * Time::MILLISECOND), function () {
        echo "select on after fired\n";
    }]);
});
go(function () {
    Time::sleep(900 * Time::MILLISECOND);
    echo "sleep ended\n";
});
go\Scheduler::join();
echo "no deadlock\n";

<?php
// A routine waiting on a timer's channel, or sleeping, is not deadlocked: the timer will wake it.
use go\Time;

go(function () {
    Time::after(100 * Time::MILLISECOND)->pop();
    echo "after fired\n";
});
go(function () {
    select(['case', Time::after(200 * Time::MILLISECOND), function () {
        echo "select on after fired\n";
    }]);
});
go(function () {
    Time::sleep(300 * Time::MILLISECOND);
    echo "sleep ended\n";
});
go\Scheduler::join();
echo "no deadlock\n";

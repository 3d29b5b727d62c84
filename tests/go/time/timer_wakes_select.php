<?php
// Sleepers and after-timers wake in deadline order, whatever order they were created in.
use go\Chan;
use go\Scheduler;
use go\Time;

go(function () {
    select(['case', Time::after(300 * Time::MILLISECOND), function () {
        echo "after 300 ms fired\n";
    }]);
});
go(function () {
    Time::sleep(100 * Time::MILLISECOND);
    echo "sleep 100 ms done\n";
});
go(function () {
    Time::after(200 * Time::MILLISECOND)->pop();
    echo "after 200 ms popped\n";
});
Scheduler::join();

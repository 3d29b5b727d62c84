<?php
// Time::sleep() blocks only the caller; sleepers wake in deadline order (these are 100 ms apart).
use go\Scheduler;
use go\Time;

foreach ([300, 100, 200] as $ms) {
    go(function () use ($ms) {
        echo "sleep $ms ms\n";
        Time::sleep($ms * Time::MILLISECOND);
        echo "woke after $ms ms\n";
    });
}
Scheduler::join();
echo "done\n";

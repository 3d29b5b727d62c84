<?php
// A pending Time::after()/tick() timer whose channel nobody receives from cannot wake anyone: still
// a deadlock, at once.
use go\Time;

$timeout = Time::after(Time::HOUR);
$tick = Time::tick(Time::MINUTE);
$ch = new go\Chan();
go(function () use ($ch) {
    $ch->pop();
});
go\Scheduler::join();

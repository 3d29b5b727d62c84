<?php
// wait() with the counter at 0 (or below) returns true at once, without letting routines run.
use go\WaitGroup;

$wg = new WaitGroup();
go(function () {
    echo "routine runs\n";
});
var_dump($wg->wait());
echo "main went on\n";
var_dump($wg->add(-1), $wg->wait());
go\Scheduler::join();

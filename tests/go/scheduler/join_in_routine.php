<?php
// join() inside a routine waits for the other routines (the caller is not counted).
use go\Runtime;
use go\Scheduler;

go(function () {
    echo "routine 1 joins\n";
    Scheduler::join();
    echo "routine 1: the others ended\n";
});
go(function () {
    echo "routine 2 yields\n";
    Runtime::gosched();
    echo "routine 2 ends\n";
});
go(function () {
    echo "routine 3 ends\n";
});
Scheduler::join();
echo "main: all ended\n";

<?php
// goid() is 0 in the main script and 1, 2, ... in routines, in creation order (routines created by
// routines included).
use go\Runtime;
use go\Scheduler;

echo "main: ", Runtime::goid(), "\n";
go(function () {
    echo "first: ", Runtime::goid(), "\n";
    go(function () {
        echo "created by first: ", Runtime::goid(), "\n";
    });
});
go(function () {
    echo "second: ", Runtime::goid(), "\n";
});
Scheduler::join();
echo "main again: ", Runtime::goid(), "\n";

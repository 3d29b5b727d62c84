<?php
// Routines share the context's state: variables captured by reference, static variables, globals,
// objects. One runs at a time, so these updates need no lock.
use go\Runtime;
use go\Scheduler;

function counter(): int
{
    static $n = 0;
    return ++$n;
}

$total = 0;
$log = new ArrayObject();
$GLOBALS['visits'] = [];
for ($i = 1; $i <= 3; $i++) {
    go(function () use (&$total, $log, $i) {
        for ($k = 0; $k < 2; $k++) {
            $total += $i;
            $log[] = "r$i:" . counter();
            $GLOBALS['visits'][] = Runtime::goid();
            Runtime::gosched();
        }
    });
}
Scheduler::join();
echo "total $total, counter ", counter(), "\n";
echo implode(' ', (array) $log), "\n";
echo implode(',', $GLOBALS['visits']), "\n";

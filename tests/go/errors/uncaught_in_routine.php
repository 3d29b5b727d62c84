<?php
// An exception that leaves a routine is reported as php reports an uncaught exception, with the
// routine's own stack only; that routine ends, the others and the main script go on, and the exit
// status stays 0.
use go\Scheduler;

function inner(int $n, string $s)
{
    throw new RuntimeException("failed at $n");
}

function outer(array $a)
{
    inner(count($a), 'text');
}

go(function ($x, $y) {
    echo "routine 1 starts\n";
    outer([1, 2]);
    echo "not reached\n";
}, [42, 'a long string argument']);
go(function () {
    echo "routine 2 runs\n";
});
Scheduler::join();
echo "main goes on\n";

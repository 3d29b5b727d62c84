<?php
// 10,000 routines, in 10 rounds of a chain of 1,000: each routine receives a value from the routine
// before it and passes it on, plus one.
use go\Chan;
use go\Runtime;
use go\Scheduler;

$value = 0;
$routines = 0;
for ($round = 0; $round < 10; $round++) {
    $first = $left = new Chan();
    for ($i = 0; $i < 1000; $i++) {
        $right = new Chan();
        go(function () use ($left, $right) {
            $right->push($left->pop() + 1);
        });
        $routines++;
        $left = $right;
    }
    $first->push($value);
    $value = $left->pop();
    Scheduler::join();
}
echo "$routines routines, value $value, alive ", Runtime::numGoroutine(), ", last id ";
go(function () {
    echo Runtime::goid(), "\n";
});
Scheduler::join();

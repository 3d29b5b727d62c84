<?php
// Routines blocked in select, main in join: every blocked routine is listed, main first, then by id.
use go\Chan;
use go\Scheduler;

$a = new Chan();
$b = new Chan(1);
$b->push('full');
for ($i = 0; $i < 2; $i++) {
    go(function () use ($a, $b) {
        select(
            ['case', $a, '->', function () {}],
            ['case', $b, '<-', 'more', function () {}]
        );
    });
}
go(function () {
    echo "this one ends\n";
});
Scheduler::join();

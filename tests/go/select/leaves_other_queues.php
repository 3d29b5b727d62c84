<?php
// A select blocked on several channels that completes on one leaves the others' queues: a later
// tryPush on those finds no receiver.
use go\Chan;
use go\Runtime;

$a = new Chan();
$b = new Chan();
go(function () use ($a, $b) {
    select(
        ['case', $a, function ($v) {
            echo "select got $v from a\n";
        }],
        ['case', $b, function ($v) {
            echo "select got $v from b\n";
        }]
    );
});
Runtime::gosched();
echo "tryPush a: ", var_export($a->tryPush('A'), true), "\n";
echo "tryPush b: ", var_export($b->tryPush('B'), true), "\n";
Runtime::gosched();
echo "tryPush b again: ", var_export($b->tryPush('B'), true), "\n";

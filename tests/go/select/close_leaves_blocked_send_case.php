<?php
// A select blocked with a send case on a channel that gets closed is not woken by close(): that case
// can no longer complete, and the select keeps waiting on its other cases.
use go\Chan;
use go\Runtime;

$out = new Chan();
$in = new Chan();
go(function () use ($out, $in) {
    select(
        ['case', $out, '<-', 'x', function () {
            echo "not reached\n";
        }],
        ['case', $in, '->', function ($v) {
            echo "select received $v\n";
        }]
    );
    echo "select returned\n";
});
Runtime::gosched();
$out->close();
echo "closed out\n";
Runtime::gosched();
echo "pushing to in\n";
$in->push('y');
\go\Scheduler::join();

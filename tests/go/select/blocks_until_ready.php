<?php
// No case ready and no default: select blocks on all its channels at once; the first operation of
// another routine that matches a case completes it.
use go\Chan;

$a = new Chan();
$b = new Chan();
go(function () use ($b) {
    echo "routine pushes to b\n";
    $b->push('via b');
    echo "routine: push done\n";
});
select(
    ['case', $a, '->', &$x, function ($v) {
        echo "from a: $v\n";
    }],
    ['case', $b, '->', &$y, function ($v) {
        echo "from b: $v\n";
    }]
);
var_dump($x, $y);
\go\Scheduler::join();

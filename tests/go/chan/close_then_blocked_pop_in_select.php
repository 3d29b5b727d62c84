<?php
// close() completes a select's blocked receive case on that channel with NULL.
use go\Chan;

$ch = new Chan();
$other = new Chan();
go(function () use ($ch, $other) {
    select(
        ['case', $ch, '->', &$v, function ($v) {
            echo "receive case got ", var_export($v, true), "\n";
        }],
        ['case', $other, function () {
            echo "not reached\n";
        }]
    );
    var_dump($v);
});
go\Runtime::gosched();
$ch->close();
echo "closed\n";
go\Scheduler::join();

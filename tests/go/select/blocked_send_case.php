<?php
// A select blocked on a send case completes when a receiver comes, which gets the value.
use go\Chan;

$ch = new Chan();
go(function () use ($ch) {
    echo "receiver starts\n";
    echo "receiver got ", $ch->pop(), "\n";
});
select(['case', $ch, '<-', 42, function ($v) {
    echo "select sent $v\n";
}]);
\go\Scheduler::join();

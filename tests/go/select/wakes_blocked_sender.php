<?php
// A ready receive case takes a blocked sender's value and wakes it, as tryPop would.
use go\Chan;
use go\Runtime;

$ch = new Chan();
go(function () use ($ch) {
    echo "sender blocks\n";
    $ch->push('v');
    echo "sender woken\n";
});
Runtime::gosched();
select(['case', $ch, function ($v) {
    echo "select got $v\n";
}]);
echo "main goes on first\n";
\go\Scheduler::join();

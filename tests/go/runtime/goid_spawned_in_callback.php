<?php
// Routines created from a select callback or a nested routine get the next ids in creation order.
use go\Chan;
use go\Runtime;
use go\Scheduler;

$ch = new Chan(1);
$ch->push('go');
select(['case', $ch, function () {
    go(function () {
        echo "created in a select callback: ", Runtime::goid(), "\n";
    });
}]);
go(function () {
    echo "created by main: ", Runtime::goid(), "\n";
});
Scheduler::join();

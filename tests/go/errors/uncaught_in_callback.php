<?php
// An exception thrown by a select callback inside a routine: the callback shows as called by
// [internal function], then the select() call, then the routine's function.
use go\Chan;

go(function (Chan $ch) {
    select(['case', $ch, function ($v) {
        throw new DomainException("bad value $v");
    }]);
}, [(function () {
    $ch = new Chan(1);
    $ch->push(5);
    return $ch;
})()]);
go\Scheduler::join();
echo "main ends\n";

<?php
// A routine function called with too few arguments: php's ArgumentCountError for a call from an
// internal function (no "passed in" location), reported as uncaught in that routine.
go(function ($a, $b) {
    echo "not reached\n";
}, [1]);
go(function () {
    echo "the next routine runs\n";
});
go\Scheduler::join();

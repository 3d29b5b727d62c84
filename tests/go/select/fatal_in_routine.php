<?php
// A fatal error in a routine ends the whole program, at the routine's line.
use go\Chan;

go(function () {
    echo "routine runs\n";
    select(['case', new Chan(), '<-', 1]);
    echo "not reached\n";
});
register_shutdown_function(function () {
    echo "shutdown function\n";
});
go\Scheduler::join();
echo "not reached\n";

<?php
// Runtime::quit() ends the whole program from a routine: shutdown functions run, the exit status is kept.
use go\Runtime;
use go\Scheduler;

register_shutdown_function(function () {
    echo "shutdown\n";
});
go(function () {
    echo "routine quits\n";
    Runtime::quit(7);
});
go(function () {
    echo "never runs\n";
});
Scheduler::join();
echo "not reached\n";

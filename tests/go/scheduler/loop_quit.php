<?php
// Scheduler::loop() never returns; Runtime::quit() ends the program from a routine, as exit().
use go\Runtime;
use go\Scheduler;
use go\Time;

register_shutdown_function(function () {
    echo "shutdown function runs\n";
});
go(function () {
    Time::sleep(20 * Time::MILLISECOND);
    echo "routine quits\n";
    Runtime::quit(3);
});
Scheduler::loop();
echo "not reached\n";

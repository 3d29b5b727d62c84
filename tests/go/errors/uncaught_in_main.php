<?php
// An uncaught exception in the main script is php's own: after routines ran, it ends the program.
use go\Scheduler;

go(function () {
    echo "routine ran\n";
});
Scheduler::join();
function fail(string $why)
{
    throw new LogicException($why);
}
fail('main fails');

<?php
// go_debug() is accepted and has no visible effect.
var_dump(go_debug(0));
go(function () {
    echo "routine\n";
});
go\Scheduler::join();

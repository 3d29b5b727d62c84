<?php
go(function () {
    go\Scheduler::loop();
    echo "not reached\n";
});
go\Scheduler::join();

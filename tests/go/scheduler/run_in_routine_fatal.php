<?php
go(function () {
    go\Scheduler::run();
    echo "not reached\n";
});
go\Scheduler::join();

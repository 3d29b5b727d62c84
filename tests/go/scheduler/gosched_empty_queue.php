<?php
// gosched() with nothing else ready returns at once.
go\Runtime::gosched();
echo "main goes on\n";
go(function () {
    go\Runtime::gosched();
    echo "routine goes on\n";
});
go\Scheduler::join();

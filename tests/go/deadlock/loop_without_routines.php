<?php
// Scheduler::loop() with nothing that can ever run.
register_shutdown_function(function () {
    echo "shutdown function runs\n";
});
echo "looping\n";
go\Scheduler::loop();

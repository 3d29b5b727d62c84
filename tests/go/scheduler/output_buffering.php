<?php
// Output buffers belong to the context: what routines print goes into main's open buffer.
use go\Scheduler;

ob_start();
go(function () {
    echo "routine output\n";
});
echo "main output\n";
Scheduler::join();
$captured = ob_get_clean();
echo "captured: ", strtoupper($captured);

<?php
// Runtime::quit() in the main script; queued routines never run.
go(function () {
    echo "never runs\n";
});
go\Runtime::quit();

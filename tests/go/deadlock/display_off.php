<?php
// display_errors=0: nothing shown, exit status 255, shutdown functions still run.
register_shutdown_function(function () {
    echo "shutdown function runs\n";
});
go(function () {
    echo "routine runs, then blocks\n";
    (new go\Chan())->push(1);
});
(new go\Chan())->pop();

<?php
function shutdown() { echo "shutdown ran\n"; }
register_shutdown_function('shutdown');
echo "before\n";
trigger_error("it broke", E_USER_ERROR);
echo "never\n";

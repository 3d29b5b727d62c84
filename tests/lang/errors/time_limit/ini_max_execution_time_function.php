<?php
ini_set('max_execution_time', 1);
function spin() { for ($i = 0; ; $i++) { if ($i < 0) break; } }
register_shutdown_function(function () { echo "shutdown runs\n"; });
echo "go\n";
spin();

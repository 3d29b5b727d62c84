<?php
register_shutdown_function(function () { echo "a\n"; exit(5); });
register_shutdown_function(function () { echo "b never\n"; });
echo "main\n";

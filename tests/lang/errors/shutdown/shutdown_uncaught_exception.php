<?php
register_shutdown_function(function () { echo "a\n"; throw new LogicException("in shutdown"); });
register_shutdown_function(function () { echo "b\n"; });
echo "main\n";

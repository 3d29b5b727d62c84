<?php
register_shutdown_function(function () { echo "shutdown after exit\n"; });
echo "before exit\n";
exit(3);

<?php
register_shutdown_function(function () { echo "shutdown sees: ", error_get_last()['message'] ?? 'none', "\n"; });
throw new Exception("top");

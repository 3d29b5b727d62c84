<?php
try {
    register_shutdown_function('not_a_function');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
echo "end\n";

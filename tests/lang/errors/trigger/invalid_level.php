<?php
try {
    trigger_error("x", E_WARNING);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    trigger_error("x", 12345);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
trigger_error("x", E_NOTICE);

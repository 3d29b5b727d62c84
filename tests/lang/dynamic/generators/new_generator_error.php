<?php
try {
    $g = new Generator();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
new Generator;

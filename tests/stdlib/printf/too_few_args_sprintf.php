<?php
try {
    sprintf("%d %d %d", 1);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    sprintf('%3$s', 1, 2);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo sprintf("%s", "x", "extra", "ignored"), "\n";

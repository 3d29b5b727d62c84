<?php
function h(int $errno, string $errstr, string $errfile, int $errline, ...$more) {
    echo "errno=$errno\n";
    echo "errstr=$errstr\n";
    echo "file=", basename($errfile), "\n";
    echo "line=$errline\n";
    echo "extra=", count($more), "\n";
    return true;
}
set_error_handler('h');
$a = [];
echo $a['missing'] ?? "coalesce ok\n";
echo $a['nope'];
echo "\n";
echo $undefined;
echo "\n";

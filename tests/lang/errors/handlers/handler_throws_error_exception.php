<?php
set_error_handler(function ($no, $str, $file, $line) {
    throw new ErrorException($str, 0, $no, $file, $line);
});
try {
    $a = [];
    echo $a['k'];
} catch (ErrorException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    echo "severity: ", $e->getSeverity(), "\n";
    echo "line: ", $e->getLine(), "\n";
    var_dump($e->getSeverity() === E_WARNING);
}
try {
    echo intdiv(1, 1) . $undefinedVar;
} catch (ErrorException $e) {
    echo $e->getMessage(), " sev=", $e->getSeverity(), "\n";
}

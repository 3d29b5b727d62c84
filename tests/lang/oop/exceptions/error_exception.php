<?php
$e = new ErrorException("msg", 1, E_WARNING, "file.php", 12);
echo $e->getMessage(), " ", $e->getCode(), " ", $e->getSeverity(), " ", $e->getFile(), " ", $e->getLine(), "\n";
set_error_handler(function ($no, $str, $file, $line) {
    throw new ErrorException($str, 0, $no, $file, $line);
});
try {
    $x = [];
    echo $x['missing'];
} catch (ErrorException $e) {
    echo "converted: ", $e->getMessage(), " severity ", $e->getSeverity(), " line ", $e->getLine(), "\n";
}
restore_error_handler();

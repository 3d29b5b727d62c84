<?php
set_error_handler(function ($no, $str, $file, $line) {
    echo "[$no] $str (", basename($file), ":$line)\n";
    return true;
});
$name = "x";
include __DIR__ . '/inc/dollar_brace.inc';
echo "after include\n";

<?php
set_error_handler(function ($no, $str, $file, $line) {
    throw new ErrorException($str, 0, $no, $file, $line);
});
function load($k) {
    $cfg = ['a' => 1];
    return $cfg[$k];
}
echo load('a'), "\n";
echo load('b'), "\n";

<?php
$r = @file_get_contents('/definitely/not/here.txt');
var_dump($r);
$e = error_get_last();
echo $e['message'], "\n";
var_dump(error_clear_last());
var_dump(error_get_last());

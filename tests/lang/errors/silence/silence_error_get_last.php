<?php
$x = @$arr['k'];
$e = error_get_last();
var_dump($e['type'] === E_WARNING, $e['message'], $e['line']);
echo basename($e['file']), "\n";

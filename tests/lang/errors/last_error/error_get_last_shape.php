<?php
var_dump(error_get_last());
echo @$undef;
$e = error_get_last();
var_dump(array_keys($e), $e['type'], $e['message'], basename($e['file']), $e['line']);
error_clear_last();
var_dump(error_get_last());

<?php
function quiet() { $a = []; return @$a['nothing_here']; }
quiet();
$f = 'error_get_last';
$e = $f();
echo $e['message'], " on line ", $e['line'], "\n";
$x = @$undefinedVar;
$e = call_user_func('error_get_last');
echo $e['message'], " on line ", $e['line'], "\n";

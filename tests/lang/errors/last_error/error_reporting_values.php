<?php
var_dump(error_reporting());
var_dump(E_ALL, E_ERROR, E_WARNING, E_PARSE, E_NOTICE, E_CORE_ERROR, E_CORE_WARNING, E_COMPILE_ERROR,
    E_COMPILE_WARNING, E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, E_STRICT, E_RECOVERABLE_ERROR,
    E_DEPRECATED, E_USER_DEPRECATED);
var_dump(error_reporting(E_ALL & ~E_WARNING));
var_dump(error_reporting());
var_dump(ini_get('error_reporting'));
var_dump(error_reporting(null));
echo $x;
$a = [];
echo $a[0];
echo "done\n";

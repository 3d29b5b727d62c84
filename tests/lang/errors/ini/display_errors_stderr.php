<?php
echo "stdout only\n";
echo $undefined;
var_dump(ini_get('display_errors'));
trigger_error("to stderr", E_USER_WARNING);
echo "end\n";

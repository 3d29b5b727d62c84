<?php
echo "start\n";
ini_set('display_errors', '0');
echo $undef;
trigger_error("invisible", E_USER_WARNING);
echo "middle\n";
var_dump(ini_get('display_errors'));
ini_set('display_errors', '1');
echo $undef2;
echo "end\n";

<?php
var_dump(error_reporting(), ini_get('error_reporting'));
trigger_error("hidden", E_USER_DEPRECATED);
echo strlen(null), "\n";
trigger_error("visible", E_USER_NOTICE);

<?php
var_dump(ini_get('display_errors'));
echo $nothing;
trigger_error("fatal", E_USER_ERROR);

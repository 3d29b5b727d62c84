<?php
var_dump(ini_get('max_execution_time'));
var_dump(ini_set('max_execution_time', '30'));
var_dump(ini_get('max_execution_time'));
var_dump(set_time_limit(0));
var_dump(ini_get('max_execution_time'));

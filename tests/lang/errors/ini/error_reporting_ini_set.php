<?php
var_dump(ini_get('error_reporting'));
var_dump(ini_set('error_reporting', E_ALL & ~E_WARNING));
var_dump(error_reporting());
echo $undefined_is_a_warning;
ini_set('error_reporting', (string) E_ALL);
echo $now_shown;
ini_restore('error_reporting');
var_dump(error_reporting());

<?php
var_dump(ini_set('display_errors', true));
var_dump(ini_get('display_errors'));
var_dump(ini_set('display_errors', false));
var_dump(ini_get('display_errors'));
echo $shouldnt_show;
var_dump(ini_set('display_errors', 'stderr'));
echo $shouldnt_show_on_stdout;
ini_set('display_errors', 'On');
echo $shown;

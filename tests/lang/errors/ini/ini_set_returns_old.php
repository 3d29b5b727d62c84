<?php
var_dump(ini_set('precision', '5'));
var_dump(ini_get('precision'));
echo 1/3, "\n";
var_dump(ini_set('precision', 17));
echo 0.1 + 0.2, "\n";
var_dump(ini_restore('precision'));
var_dump(ini_get('precision'));
echo 1/3, "\n";
var_dump(ini_set('no.such.setting', '1'));
var_dump(ini_get('no.such.setting'));

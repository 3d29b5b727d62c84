<?php
var_dump(ini_get('memory_limit'));
var_dump(ini_set('memory_limit', '256M'));
var_dump(ini_get('memory_limit'));
var_dump(ini_set('memory_limit', -1));
var_dump(ini_get('memory_limit'));
ini_restore('memory_limit');
var_dump(ini_get('memory_limit'));

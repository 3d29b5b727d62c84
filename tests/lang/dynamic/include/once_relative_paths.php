<?php
// include_once/require_once know a file by its resolved path, however it is spelled
var_dump(include_once 'inc/counted.inc');
var_dump(include_once 'inc/./counted.inc');
var_dump(require_once __DIR__ . '/inc/counted.inc');
var_dump(include_once 'inc/../inc/counted.inc');
var_dump(include 'inc/counted.inc');
echo "loads: $loads\n";

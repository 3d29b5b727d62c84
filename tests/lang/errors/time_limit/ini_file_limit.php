<?php
var_dump(ini_get('max_execution_time'));
$n = 0;
do { $n++; } while ($n > 0);

<?php
set_time_limit(1);
$t = microtime(true);
while (microtime(true) - $t < 0.6) {}
set_time_limit(2);
$t = microtime(true);
while (microtime(true) - $t < 0.6) {}
echo "survived: set_time_limit restarts the count\n";
set_time_limit(0);

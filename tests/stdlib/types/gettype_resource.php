<?php
$f = fopen("php://memory", "r");
echo gettype($f), " | ", get_debug_type($f), "\n";
fclose($f);
echo gettype($f), " | ", get_debug_type($f), "\n";

<?php
$f = 0.1 + 0.7;
echo "Value: " . $f . "\n";
echo "Times 10: " . ($f * 10) . "\n";
echo "Int of it: " . (int)($f * 10) . "\n";
$g = 1e6;
echo "million: $g\n";
$h = 1.0e-6;
echo "micro: $h\n";
echo round(2.5), " ", round(-2.5), " ", round(1.955, 2), " ", floor(-1.5), " ", ceil(-1.5), "\n";
var_dump(round(5), floor(5), abs(-5), abs(-5.5), abs(PHP_INT_MIN));

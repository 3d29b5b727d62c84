<?php
$f = 0.1 + 0.7;
echo "value: " . $f . "\n";
echo "interp: $f\n";
$s = (string) 1.0;
var_dump($s);
var_dump((string) 1e25);
var_dump(strval(0.30000000000000004));
var_dump(1.0 . "");
var_dump((string) -0.0);
var_dump((string) 1e14, (string) 1e15);
var_dump(10/4, 10/5, 7/7);

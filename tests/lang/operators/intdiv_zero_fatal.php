<?php
$d = 0;
echo "x\n";
var_dump(intdiv(10, $d));

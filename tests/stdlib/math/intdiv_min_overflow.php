<?php
echo "start\n";
var_dump(intdiv(PHP_INT_MIN, -1));

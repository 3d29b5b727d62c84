<?php
var_dump(1 << 0);
var_dump(8 >> 0);
$n = -1;
echo 1 << $n;

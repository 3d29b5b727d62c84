<?php
var_dump("12abc" + 1);
var_dump("" == 0);
echo "ok\n";

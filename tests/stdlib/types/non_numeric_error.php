<?php
echo "start\n";
var_dump("abc" + 1);

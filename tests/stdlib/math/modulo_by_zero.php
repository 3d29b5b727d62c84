<?php
echo "start\n";
var_dump(1 % 0);

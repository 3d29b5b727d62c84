<?php
echo "start\n";
$x = 5 % 0;
echo "unreachable\n";

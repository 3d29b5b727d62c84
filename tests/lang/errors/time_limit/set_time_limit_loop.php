<?php
set_time_limit(1);
echo "start\n";
$i = 0;
while (true) { $i++; }
echo "never\n";

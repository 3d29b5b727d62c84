<?php
echo "before\n";
$a = 10;
$b = 0;
echo $a / $b;
echo "after\n";

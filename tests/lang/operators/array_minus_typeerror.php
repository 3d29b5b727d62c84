<?php
$a = [3];
echo "go\n";
$b = 1 - $a;

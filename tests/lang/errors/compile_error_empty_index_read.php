<?php
$a = [1];
echo "never\n";
$b = $a[];

<?php
echo $x;
echo "after\n";
echo "in string: $y!\n";
var_dump($z);
print $w . "|\n";

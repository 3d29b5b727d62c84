<?php
$f = false;
$f[] = 'false is deprecated';
var_dump($f);
$i = 5;
echo "before\n";
$i[0] = 1;

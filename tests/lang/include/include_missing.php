<?php
echo "start\n";
$r = include 'nofile.php';
var_dump($r);
$r2 = include_once 'inc/missing.inc';
var_dump($r2);
echo "still running\n";

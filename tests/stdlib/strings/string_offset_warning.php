<?php
$s = "abc";
var_dump($s[5]);
var_dump($s[-5]);
echo "still running\n";

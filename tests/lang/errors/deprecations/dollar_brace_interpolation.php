<?php
echo "start\n";
$name = "world";
echo "hello ${name}\n";
$arr = ['k' => 'v'];
echo "val ${arr['k']}\n";

<?php
$sum = 0;
for ($i = 1; $i < $argc; $i++) {
    $sum += $argv[$i];
}
var_dump($sum);
var_dump($argv[1] == 10, $argv[1] === 10, is_numeric($argv[2]));

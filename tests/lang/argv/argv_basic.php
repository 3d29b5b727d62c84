<?php
// $argv[0] is the script path as given; only its file name is machine-independent.
var_dump($argc);
var_dump(basename($argv[0]), $argv[0] === $_SERVER['argv'][0]);
var_dump(array_slice($argv, 1));
foreach ($argv as $i => $a) {
    if ($i === 0) continue;
    echo "$i: $a (", gettype($a), ")\n";
}

<?php
var_dump($argc);
var_dump($argv);
foreach ($argv as $i => $a) {
    if ($i === 0) continue;
    echo "$i: $a (", gettype($a), ")\n";
}

<?php
$vals = [1/3, 2/3, 1e20, 0.1 + 0.7, 123456789.12345678];
foreach ([14, 3, 20, -1] as $p) {
    ini_set('precision', $p);
    echo $p, ": ", implode(" ", $vals), "\n";
}

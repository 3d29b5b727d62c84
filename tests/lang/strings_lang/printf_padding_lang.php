<?php
$rows = [['apple', 3, 1.5], ['kiwi', 12, 0.25], ['banana', 100, 10]];
foreach ($rows as [$name, $qty, $price]) {
    printf("%-8s|%4d|%8.2f|\n", $name, $qty, $price);
}
echo sprintf("%'.10d|%-10s|%u", 42, "left", -1), "\n";
echo sprintf("%5.1f%%", 45.678), "\n";

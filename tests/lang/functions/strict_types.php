<?php
declare(strict_types=1);
function add(int $a, int $b): int { return $a + $b; }
var_dump(add(1, 2));
function toFloat(float $f): float { return $f; }
var_dump(toFloat(5));
echo "now passing a string\n";
var_dump(add("1", 2));

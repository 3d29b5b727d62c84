<?php
$base = 100;
function g() {
    global $base;
    static $calls = 0;
    $calls++;
    yield $base + $calls;
    $base++;
    yield $base + $calls;
}
foreach (g() as $v) echo $v, "\n";
foreach (g() as $v) echo $v, "\n";
echo $base, "\n";

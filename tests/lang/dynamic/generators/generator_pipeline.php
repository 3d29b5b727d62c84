<?php
function source($n) { for ($i = 1; $i <= $n; $i++) yield $i; }
function map(callable $f, iterable $it) { foreach ($it as $k => $v) yield $k => $f($v); }
function filter(callable $f, iterable $it) { foreach ($it as $k => $v) if ($f($v)) yield $k => $v; }
function take($n, iterable $it) { foreach ($it as $k => $v) { if ($n-- <= 0) return; yield $k => $v; } }
$p = take(4, filter(fn($x) => $x % 3 == 0, map(fn($x) => $x * $x, source(100))));
foreach ($p as $k => $v) echo "$k: $v\n";
$sum = 0;
foreach (map(fn($x) => $x + 0.5, source(1000)) as $v) $sum += $v;
echo $sum, "\n";

<?php
function naturals() { $i = 0; while (true) yield $i++; }
function fib() { [$a, $b] = [0, 1]; while (true) { yield $a; [$a, $b] = [$b, $a + $b]; } }
foreach (naturals() as $n) { if ($n > 4) break; echo $n, " "; }
echo "\n";
$f = fib();
for ($i = 0; $i < 15; $i++, $f->next()) echo $f->current(), " ";
echo "\n";

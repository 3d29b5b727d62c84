<?php
function count_to($n) { for ($i = 1; $i <= $n; $i++) yield $i; }
$a = count_to(3);
$b = count_to(3);
echo $a->current(), $b->current(), "\n";
$a->next();
$a->next();
echo $a->current(), $b->current(), "\n";
$b->next();
echo $a->current(), $b->current(), "\n";
$gens = [];
for ($i = 0; $i < 3; $i++) $gens[] = (function ($k) { yield $k; yield $k * 10; })($i);
foreach ($gens as $g) { foreach ($g as $v) echo $v, ' '; }
echo "\n";

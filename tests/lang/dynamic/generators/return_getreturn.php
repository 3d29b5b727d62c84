<?php
function g() { yield 1; yield 2; return [3, 'four']; }
$gen = g();
foreach ($gen as $v) echo $v, "\n";
print_r($gen->getReturn());
function noYieldReached($stop) { if ($stop) return 'early'; yield 1; }
$e = noYieldReached(true);
var_dump($e->valid());
var_dump($e->getReturn());
var_dump($e->current(), $e->key());
function plain() { yield 1; }
$p = plain();
foreach ($p as $v) {}
var_dump($p->getReturn());

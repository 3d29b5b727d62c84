<?php
function g() { echo "[run]\n"; yield 'a' => 1; yield 'b' => 2; }
$gen = g();
$gen->next();                 // runs to the first yield, then on to the second
var_dump($gen->key(), $gen->current());
$gen->next();
var_dump($gen->valid(), $gen->key(), $gen->current());
$gen->next();
var_dump($gen->valid());
$fresh = g();
var_dump($fresh->valid());
var_dump($fresh->key());

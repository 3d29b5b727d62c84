<?php
function g() { $x = yield 1; echo "got $x\n"; }
$gen = g();
$gen->current();
var_dump($gen->send('a'));
var_dump($gen->send('b'));
var_dump($gen->valid(), $gen->key(), $gen->current());
$gen->next();
var_dump($gen->valid());

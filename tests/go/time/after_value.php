<?php
// Time::after() returns a go\Chan of capacity 1 that receives one microtime(true) timestamp.
use go\Chan;
use go\Time;

$later = Time::after(Time::HOUR);
var_dump($later instanceof Chan, $later->cap(), $later->len(), $later->tryPop());
$before = microtime(true);
$ch = Time::after(30 * Time::MILLISECOND);
$t = $ch->pop();
var_dump(is_float($t), $t >= $before, $ch->tryPop());

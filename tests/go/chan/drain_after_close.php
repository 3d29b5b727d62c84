<?php
// Buffered values are still delivered after close(); then pop() and tryPop() return NULL.
use go\Chan;

$ch = new Chan(3);
$ch->push(1);
$ch->push(2);
var_dump($ch->close(), $ch->isClosed(), $ch->len());
var_dump($ch->pop(), $ch->tryPop(), $ch->pop(), $ch->tryPop());

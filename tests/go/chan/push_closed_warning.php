<?php
// push() and tryPush() on a closed channel warn and return NULL.
use go\Chan;

function send(Chan $ch, $v)
{
    return $ch->push($v);
}

$ch = new Chan(2);
$ch->close();
var_dump(send($ch, 1));
var_dump($ch->tryPush(2));
var_dump($ch->len());

<?php
// A buffered channel keeps values in FIFO order; push does not block while there is room.
use go\Chan;

$ch = new Chan(3);
var_dump($ch->push('a'), $ch->push(['b' => 2]), $ch->push(3.5));
echo "len ", $ch->len(), " cap ", $ch->cap(), "\n";
var_dump($ch->pop(), $ch->pop(), $ch->pop());
echo "len ", $ch->len(), "\n";

<?php
// A push into a full buffer blocks until a receiver takes a value; that receiver's pop moves the
// blocked sender's value into the freed place and wakes the sender. When the main script ends,
// the still blocked sender is dropped.
use go\Chan;

$ch = new Chan(1);
go(function () use ($ch) {
    for ($i = 1; $i <= 3; $i++) {
        $ch->push($i);
        echo "pushed $i, len ", $ch->len(), "\n";
    }
    echo "not reached: the main script ends first\n";
});
for ($i = 1; $i <= 3; $i++) {
    $v = $ch->pop();
    echo "main popped $v, len ", $ch->len(), "\n";
}

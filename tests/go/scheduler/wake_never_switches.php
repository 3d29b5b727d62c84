<?php
// Waking a routine (here: handing it a value) appends it to the run queue; the waker goes on.
use go\Chan;
use go\Runtime;

$ch = new Chan();
go(function () use ($ch) {
    echo "receiver waits\n";
    $v = $ch->pop();
    echo "receiver got $v\n";
});
Runtime::gosched();
$ch->push('value');
echo "main: push returned, receiver has not run yet\n";
Runtime::gosched();
echo "main: after gosched\n";

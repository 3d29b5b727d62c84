<?php
// tryPush: true when a receiver waits or the buffer has room, false otherwise, NULL (and a warning)
// on a closed channel. It never blocks.
use go\Chan;
use go\Runtime;

$unbuffered = new Chan(0);
echo "no receiver: ", var_export($unbuffered->tryPush(1), true), "\n";
go(function () use ($unbuffered) {
    $v = $unbuffered->pop();
    echo "receiver got $v\n";
});
Runtime::gosched();
$r = $unbuffered->tryPush(2);
echo "receiver waiting: ", var_export($r, true), "\n";

$buffered = new Chan(1);
echo "room: ", var_export($buffered->tryPush('x'), true), "\n";
echo "full: ", var_export($buffered->tryPush('y'), true), "\n";
$buffered->close();
$r = $buffered->tryPush('z');
echo "closed: ", var_export($r, true), "\n";
Runtime::gosched();

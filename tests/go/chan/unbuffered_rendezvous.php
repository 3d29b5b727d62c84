<?php
// Capacity 0: a push waits for a receiver and a pop for a sender; the value goes straight across.
use go\Chan;
use go\Scheduler;

$ch = new Chan();
go(function () use ($ch) {
    echo "sender: push 1\n";
    var_dump($ch->push(1));
    echo "sender: push 2\n";
    var_dump($ch->push(2));
    echo "sender: done\n";
});
echo "main: pop\n";
var_dump($ch->pop());
echo "main: pop again\n";
var_dump($ch->pop());
Scheduler::join();
echo "main: end\n";

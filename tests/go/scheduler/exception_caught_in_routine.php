<?php
// An exception thrown in a routine can be caught inside that routine; others are unaffected.
use go\Chan;

$ch = new Chan();
go(function () use ($ch) {
    try {
        $ch->push('a');
        throw new RuntimeException('handled');
    } catch (RuntimeException $e) {
        echo "routine caught: ", $e->getMessage(), "\n";
    }
});
echo "main got ", $ch->pop(), "\n";
go\Scheduler::join();

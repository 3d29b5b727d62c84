<?php
$ch = new go\Chan();
go(function () use ($ch) {
    $ch->push('x');
    $ch->push('y');
});
$ch->pop();
go\Scheduler::join();

<?php
// Warnings of the API name the user's file and line: the line of the call into the API.
use go\Chan;

function closeTwice(Chan $ch)
{
    $ch->close();
    $ch->close();
}

$ch = new Chan();
closeTwice($ch);
go(function () use ($ch) {
    $ch->push('x');
});
go\Scheduler::join();

<?php
// Each routine's stack is listed innermost first: the blocking call, then the call sites below it.
use go\Chan;
use go\Scheduler;

function waitFor(Chan $ch)
{
    return $ch->pop();
}

function consume(Chan $ch)
{
    return waitFor($ch);
}

class Producer
{
    public function send(Chan $ch)
    {
        $ch->push(1);
        $ch->push(2);
    }
}

$in = new Chan();
$out = new Chan();
go('consume', [$in]);
go([new Producer(), 'send'], [$out]);
go(function () use ($out) {
    echo "got ", $out->pop(), "\n";
});

function mainWaits()
{
    Scheduler::join();
}

mainWaits();

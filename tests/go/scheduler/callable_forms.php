<?php
// go() takes any callable form and passes $args positionally.
use go\Scheduler;

class Greeter
{
    public function __construct(private string $name)
    {
    }

    public function greet($greeting)
    {
        echo "$greeting from ", $this->name, "\n";
    }

    public static function shout($what)
    {
        echo strtoupper($what), "\n";
    }

    public function __invoke($a, $b)
    {
        echo "invoked with $a and $b\n";
    }
}

function plain($x)
{
    echo "function got $x\n";
}

go('plain', [1]);
go('Greeter::shout', ['static string']);
go([new Greeter('object'), 'greet'], ['hello']);
go([Greeter::class, 'shout'], ['static array']);
go(new Greeter('invokable'), ['x', 'y']);
go(fn() => print("arrow function\n"));
go('plain', ['first' => 'string keys', 'ignored' => 'extra']);
go(Closure::fromCallable('plain'), [2]);
Scheduler::join();

<?php
// A routine running a method: the frames show the class.
class Worker
{
    public function run(int $times)
    {
        $this->step($times);
    }

    private function step(int $n)
    {
        throw new UnexpectedValueException("step $n");
    }
}

go([new Worker(), 'run'], [3]);
go\Scheduler::join();

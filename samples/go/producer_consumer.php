<?php
// A producer and a consumer over a buffered channel: the producer runs ahead until the buffer
// (3 values) is full, then waits for the consumer. Closing the channel ends the consumer's loop:
// pop() returns NULL once the channel is closed and drained.
use go\Chan;
use go\Scheduler;

$jobs = new Chan(3);

go(function () use ($jobs) {
    for ($i = 1; $i <= 6; $i++) {
        $jobs->push("job $i");
        echo "produced job $i (", $jobs->len(), " buffered)\n";
    }
    $jobs->close();
    echo "producer: closed\n";
});

go(function () use ($jobs) {
    while (($job = $jobs->pop()) !== null) {
        echo "consumed $job\n";
    }
    echo "consumer: channel closed and drained\n";
});

Scheduler::join();

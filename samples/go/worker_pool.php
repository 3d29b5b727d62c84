<?php
// A worker pool: three workers take jobs from one channel and send results to another. Workers
// take jobs in turn (a channel wakes its waiting receivers in the order they started waiting).
use go\Chan;
use go\Runtime;
use go\Scheduler;

$jobs = new Chan();
$results = new Chan(10);

for ($w = 1; $w <= 3; $w++) {
    go(function () use ($jobs, $results) {
        $id = Runtime::goid();
        while (($job = $jobs->pop()) !== null) {
            $results->push(sprintf("worker %d did job %d: %d", $id, $job, $job * 10));
        }
    });
}

for ($job = 1; $job <= 7; $job++) {
    $jobs->push($job);
}
$jobs->close();
Scheduler::join();
$results->close();

while (($line = $results->pop()) !== null) {
    echo $line, "\n";
}

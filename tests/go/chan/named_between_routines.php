<?php
// Routines that create a channel by the same name talk over the same channel.
use go\Chan;
use go\Scheduler;

go(function () {
    $out = new Chan(['name' => 'results', 'capacity' => 2]);
    $out->push('from routine ' . go\Runtime::goid());
    $out->push('done');
});
$in = new Chan(['name' => 'results']);
echo $in->pop(), "\n", $in->pop(), "\n";
Scheduler::join();

<?php
// goo() takes options first; stack_size is accepted and has no visible effect.
use go\Scheduler;

var_dump(goo(['stack_size' => 64 * 1024], function ($x) {
    echo "goo routine got $x\n";
}, ['arg']));
goo([], function () {
    echo "goo without options\n";
});
Scheduler::join();

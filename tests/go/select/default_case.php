<?php
// No case ready: the default callback runs (with no argument); nothing blocks.
use go\Chan;

$ch = new Chan();
select(
    ['case', $ch, '->', function ($v) {
        echo "not reached\n";
    }],
    ['default', function () {
        echo "default ran with ", func_num_args(), " arguments\n";
    }]
);
$full = new Chan(1);
$full->push(1);
select(
    ['case', $full, '<-', 2, function ($v) {
        echo "not reached\n";
    }],
    ['DEFAULT', function () {
        echo "full channel: default again\n";
    }]
);

<?php
// A send case on a closed channel is never ready (no warning): the default runs instead.
use go\Chan;

$ch = new Chan(1);
$ch->close();
select(
    ['case', $ch, '<-', 1, function () {
        echo "not reached\n";
    }],
    ['default', function () {
        echo "default\n";
    }]
);

<?php
// Anything after the callback is ignored, with a warning (before the select runs).
use go\Chan;

$ch = new Chan(1);
$ch->push('v');
select(
    ['case', $ch, '->', &$x, function ($v) {
        echo "got $v\n";
    }, 'extra'],
    ['default', function () {
        echo "default\n";
    }, 1, 2]
);

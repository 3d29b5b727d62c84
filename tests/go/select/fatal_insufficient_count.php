<?php
// The case number counts from 1; cases are all checked before any runs.
$ch = new go\Chan(1);
$ch->push(1);
select(
    ['case', $ch, function ($v) {
        echo "not reached\n";
    }],
    ['case', $ch, '->']
);

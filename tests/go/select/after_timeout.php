<?php
// Time::after() as a timeout in a select: the first channel to get a value wins.
use go\Chan;
use go\Time;

$slow = new Chan();
go(function () use ($slow) {
    Time::sleep(Time::SECOND);
    $slow->push('too late');
});
select(
    ['case', $slow, '->', function ($v) {
        echo "got $v\n";
    }],
    ['case', Time::after(40 * Time::MILLISECOND), '->', &$at, function ($t) {
        echo "timeout, a ", gettype($t), " timestamp\n";
    }]
);
$fast = new Chan(1);
go(function () use ($fast) {
    Time::sleep(10 * Time::MILLISECOND);
    $fast->push('in time');
});
select(
    ['case', $fast, '->', function ($v) {
        echo "got $v\n";
    }],
    ['case', Time::after(Time::SECOND), function ($t) {
        echo "not reached\n";
    }]
);

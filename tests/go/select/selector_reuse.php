<?php
// select(..., false) only builds the Selector; Selector::select() runs the stored cases, each time anew.
use go\Chan;

$ch = new Chan(3);
$count = 0;
$sel = select(
    ['case', $ch, '->', &$v, function ($v) use (&$count) {
        $count++;
        echo "got $v\n";
    }],
    ['default', function () {
        echo "nothing ready\n";
    }],
    false
);
echo "built, nothing ran\n";
$sel->select();
$ch->push(1);
$ch->push(2);
$r = $sel->select()->select();
var_dump($r === $sel, $v, $count);

<?php
// tryPop: the value, false when nothing is there, NULL when closed and drained. A sender blocked
// on an unbuffered channel counts as a value being there.
use go\Chan;
use go\Runtime;

$ch = new Chan(0);
echo "empty: ", var_export($ch->tryPop(), true), "\n";
go(function () use ($ch) {
    echo "sender pushes\n";
    $ch->push('hello');
    echo "sender resumed\n";
});
Runtime::gosched();
echo "sender waiting: ", var_export($ch->tryPop(), true), "\n";
echo "again: ", var_export($ch->tryPop(), true), "\n";
$ch->close();
echo "closed: ", var_export($ch->tryPop(), true), "\n";
Runtime::gosched();
$falsy = new Chan(2);
$falsy->push(false);
$falsy->push(null);
echo "false value: ", var_export($falsy->tryPop(), true), ", null value: ", var_export($falsy->tryPop(), true), "\n";

<?php
// A routine (or main) may block anywhere in its code: inside a callback that a library function
// calls (array_map, usort) or inside a generator; the other routines run meanwhile.
use go\Chan;
use go\Scheduler;

$ch = new Chan();
go(function () use ($ch) {
    $sums = array_map(function ($x) use ($ch) {
        return $x + $ch->pop();
    }, [1, 2, 3]);
    echo "array_map: ", implode(',', $sums), "\n";
});
go(function () use ($ch) {
    $gen = (function () use ($ch) {
        for ($i = 0; $i < 3; $i++) {
            yield $i;
            $ch->push($i * 10);
        }
    })();
    foreach ($gen as $v) {
        echo "generator yielded $v\n";
    }
});
Scheduler::join();

$tokens = new Chan(10);
go(function () use ($tokens) {
    for ($i = 0; $i < 10; $i++) {
        $tokens->push($i);
    }
    echo "all tokens pushed\n";
});
$values = [3, 1, 2];
usort($values, function ($a, $b) use ($tokens) {
    $tokens->pop();
    return $a <=> $b;
});
echo "usort: ", implode(',', $values), "\n";

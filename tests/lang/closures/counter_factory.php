<?php
function makeCounter($start = 0) {
    $count = $start;
    return function () use (&$count) {
        return ++$count;
    };
}
$c1 = makeCounter();
$c2 = makeCounter(100);
echo $c1(), $c1(), $c1(), "\n";
echo $c2(), " ", $c2(), "\n";
echo $c1(), "\n";
function makeAdder($n) { return fn($x) => $x + $n; }
$add5 = makeAdder(5);
echo $add5(1), " ", makeAdder(-1)(1), "\n";
function compose($f, $g) { return fn($x) => $f($g($x)); }
$h = compose(fn($x) => $x * 2, fn($x) => $x + 3);
echo $h(4), "\n";

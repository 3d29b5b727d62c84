<?php
function g($a, $b = 'default', ...$rest) {
    yield "$a $b";
    yield count($rest);
}
foreach (g('x') as $v) echo $v, "\n";
foreach (g('x', 'y', 1, 2, 3) as $v) echo $v, "\n";
function inc(&$counter, $times) {
    for ($i = 0; $i < $times; $i++) {
        $counter++;
        yield $counter;
    }
}
$c = 0;
$gen = inc($c, 3);
echo "c before: $c\n";
foreach ($gen as $v) echo "yielded $v, c is $c\n";
function named(int $x, string $label = 'n') { yield "$label$x"; }
foreach (named(label: 'L', x: 5) as $v) echo $v, "\n";

<?php
function f($a, $b = 'B', $c = 'C') {
    return "a=$a b=$b c=$c";
}
echo f(...[1, 2, 3]), "\n";
echo f(...['a' => 'x', 'c' => 'z']), "\n";
echo f(...[1], ...['c' => 'named']), "\n";
echo f(c: 3, a: 1), "\n";
echo f(1, c: 'skip b'), "\n";
echo f(a: 'only'), "\n";
$args = ['b' => 2, 'a' => 1];
echo f(...$args), "\n";

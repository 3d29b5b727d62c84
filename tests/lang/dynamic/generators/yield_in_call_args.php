<?php
function f($a, $b, $c) { return "$a|$b|$c"; }
function g() {
    $x = 'X';
    echo f($x, yield 'in-arg', strtoupper('c')), "\n";
    echo str_repeat(yield 'count', 2), "\n";
    echo strlen("abc" . (yield 'concat')), "\n";
}
$gen = g();
echo $gen->current(), "\n";
echo $gen->send('sent1'), "\n";
echo $gen->send('3'), "\n";
$gen->send('defg');

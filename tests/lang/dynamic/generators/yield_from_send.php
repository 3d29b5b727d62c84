<?php
function inner() {
    $x = yield 'inner1';
    echo "inner got $x\n";
    $y = yield 'inner2';
    echo "inner got $y\n";
    return 'r';
}
function outer() {
    $r = yield from inner();
    echo "outer got return $r\n";
    $z = yield 'outer1';
    echo "outer got $z\n";
}
$g = outer();
echo $g->current(), "\n";
echo $g->send('A'), "\n";
echo $g->send('B'), "\n";
var_dump($g->send('C'));

<?php
function g() {
    echo "started\n";
    $a = yield 'first';
    echo "a = $a\n";
    $b = yield 'second';
    echo "b = $b\n";
}
$gen = g();
echo "before send\n";
var_dump($gen->send('A'));   // runs to the first yield, sends A, returns 'second'
var_dump($gen->send('B'));   // null: finished
var_dump($gen->send('C'));   // still null, body not run again

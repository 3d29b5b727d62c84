<?php
$f = new Fiber(function (string $x): string {
    echo "start $x\n";
    $y = Fiber::suspend('s1');
    echo "got $y\n";
    $z = Fiber::suspend('s2');
    echo "got $z\n";
    return "done";
});
var_dump($f->start('a'));
var_dump($f->resume('b'));
var_dump($f->resume('c'));
var_dump($f->getReturn());

<?php
$log = [];
$outer = new Fiber(function () use (&$log) {
    $log[] = 'outer start';
    $inner = new Fiber(function () use (&$log) {
        $log[] = 'inner start';
        $v = Fiber::suspend('from inner');
        $log[] = "inner got $v";
        return 'inner done';
    });
    $log[] = 'inner suspended with ' . $inner->start();
    $x = Fiber::suspend('from outer');
    $log[] = "outer got $x";
    $inner->resume('hello');
    $log[] = 'inner returned ' . $inner->getReturn();
    return 'outer done';
});
$log[] = 'main got ' . $outer->start();
$outer->resume('world');
$log[] = $outer->getReturn();
print_r($log);

<?php
var_dump(Fiber::getCurrent());
$f = new Fiber(function () use (&$f) {
    var_dump(Fiber::getCurrent() === $f);
    $g = new Fiber(function () use (&$g) {
        var_dump(Fiber::getCurrent() === $g);
    });
    $g->start();
    var_dump(Fiber::getCurrent() === $f);
});
$f->start();
var_dump(Fiber::getCurrent());

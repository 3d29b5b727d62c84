<?php
$f = new Fiber(function (): void { echo "run\n"; });
var_dump($f->start());
var_dump($f->getReturn());
$g = new Fiber(fn() => [1, 2, 3]);
var_dump($g->start());
var_dump($g->getReturn());

<?php
$f = new Fiber(function () {
    try {
        Fiber::suspend('waiting');
    } catch (LogicException $e) {
        echo "fiber caught: ", $e->getMessage(), "\n";
        $v = Fiber::suspend('again');
        echo "then got $v\n";
    }
    return 'end';
});
echo $f->start(), "\n";
echo $f->throw(new LogicException('stop')), "\n";
var_dump($f->resume('x'));
echo $f->getReturn(), "\n";

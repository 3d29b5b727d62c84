<?php
$f = new Fiber(function () {
    Fiber::suspend();
    echo "not reached\n";
});
$f->start();
try {
    $f->throw(new DomainException('into'));
} catch (DomainException $e) {
    echo "back out: ", $e->getMessage(), " line ", $e->getLine(), "\n";
}
var_dump($f->isTerminated());
try { $f->getReturn(); } catch (FiberError $e) { echo $e->getMessage(), "\n"; }

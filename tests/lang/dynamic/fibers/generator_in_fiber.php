<?php
function numbers() {
    $x = yield 1;
    echo "generator got $x\n";
    $y = Fiber::suspend("suspended inside generator");
    echo "fiber resumed with $y\n";
    yield 2;
    return 3;
}
$f = new Fiber(function () {
    $g = numbers();
    echo $g->current(), "\n";
    $g->send('sent');
    echo $g->current(), "\n";
    $g->next();
    return $g->getReturn();
});
echo $f->start(), "\n";
$f->resume('R');
var_dump($f->getReturn());

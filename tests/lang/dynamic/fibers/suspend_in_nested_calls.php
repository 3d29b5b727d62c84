<?php
function a($n) { return b($n + 1); }
function b($n) { return Fiber::suspend($n) * 10; }
$f = new Fiber(function () {
    $total = 0;
    for ($i = 0; $i < 3; $i++) $total += a($i);
    return $total;
});
$v = $f->start();
while (!$f->isTerminated()) {
    echo "suspended with $v\n";
    $v = $f->resume($v);
}
var_dump($f->getReturn());

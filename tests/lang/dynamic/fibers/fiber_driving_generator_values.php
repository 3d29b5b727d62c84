<?php
function producer() {
    foreach ([10, 20, 30] as $v) {
        yield $v;
    }
}
$f = new Fiber(function () {
    $sum = 0;
    foreach (producer() as $k => $v) {
        $sum += Fiber::suspend("$k=>$v");
    }
    return $sum;
});
$out = [];
$s = $f->start();
$i = 1;
while (!$f->isTerminated()) {
    $out[] = $s;
    $s = $f->resume($i++);
}
echo implode(' ', $out), "\n";
var_dump($f->getReturn());

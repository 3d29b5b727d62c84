<?php
function inner($v) {
    throw new RuntimeException("inner $v");
}
$f = new Fiber(function ($a) {
    $v = Fiber::suspend($a);
    inner($v);
});
$f->start(1);
$f->resume(2);

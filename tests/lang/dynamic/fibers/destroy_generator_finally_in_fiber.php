<?php
function g() {
    try {
        yield 1;
        Fiber::suspend();
        yield 2;
    } finally {
        echo "generator finally\n";
    }
}
$f = new Fiber(function () {
    foreach (g() as $v) echo "v=$v\n";
});
$f->start();
echo "script ends\n";

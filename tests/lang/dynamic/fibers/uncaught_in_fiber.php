<?php
$f = new Fiber(function () {
    throw new LogicException("x");
});
function h($f) {
    $f->start();
}
echo "before\n";
h($f);

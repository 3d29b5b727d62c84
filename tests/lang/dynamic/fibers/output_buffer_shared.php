<?php
ob_start();
$f = new Fiber(function () {
    echo "inside ";
    ob_start();
    echo "fiber-buffer";
    Fiber::suspend();
    $x = ob_get_clean();
    echo "[$x]";
});
$f->start();
echo "main ";
$f->resume();
$all = ob_get_clean();
var_dump($all);

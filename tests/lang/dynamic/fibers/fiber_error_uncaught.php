<?php
function go_on(Fiber $f) {
    $f->resume();
}
$f = new Fiber(function () {});
$f->start();
go_on($f);

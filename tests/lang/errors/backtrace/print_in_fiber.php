<?php
function inFiber() {
    debug_print_backtrace();
}
$f = new Fiber(function () {
    inFiber();
    Fiber::suspend();
    inFiber();
});
$f->start();
function resumeIt(Fiber $f) { $f->resume(); }
resumeIt($f);

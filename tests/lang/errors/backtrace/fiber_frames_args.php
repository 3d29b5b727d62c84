<?php
function work($item) {
    debug_print_backtrace();
    Fiber::suspend($item);
    debug_print_backtrace();
}
$f = new Fiber(function ($first) {
    work($first);
});
function drive(Fiber $f, $v) {
    return $f->start($v);
}
drive($f, 'job');
function again(Fiber $f) { $f->resume('back'); }
again($f);

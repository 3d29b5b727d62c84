<?php
function show(Fiber $f, string $when): void {
    printf("%-10s started=%d suspended=%d running=%d terminated=%d\n", $when,
        $f->isStarted(), $f->isSuspended(), $f->isRunning(), $f->isTerminated());
}
$f = new Fiber(function () use (&$f) {
    show($f, 'inside');
    Fiber::suspend();
    show($f, 'resumed');
});
show($f, 'new');
$f->start();
show($f, 'suspended');
$f->resume();
show($f, 'done');

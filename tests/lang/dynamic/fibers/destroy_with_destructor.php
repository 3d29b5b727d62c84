<?php
class Res {
    public function __construct(public string $n) { echo "open $n\n"; }
    public function __destruct() { echo "close {$this->n}\n"; }
}
$f = new Fiber(function () {
    $r = new Res('a');
    try {
        Fiber::suspend();
    } finally {
        echo "finally\n";
    }
});
$f->start();
$r2 = new Res('b');
echo "end\n";

<?php
class D {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new D('a');
function f() { $b = new D('b'); exit("exiting\n"); }
f();

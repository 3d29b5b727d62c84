<?php
class D {
    public function __construct(public $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; throw new RuntimeException("from dtor {$this->n}"); }
}
try {
    $d = new D(1);
    unset($d);
    echo "not reached\n";
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
function f() { $x = new D(2); }
try { f(); } catch (RuntimeException $e) { echo "caught: ", $e->getMessage(), "\n"; }
echo "end\n";

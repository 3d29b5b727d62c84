<?php
class D {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
function scope() {
    $local = new D('local');
    $kept = new D('returned');
    echo "leaving scope\n";
    return $kept;
}
$r = scope();
echo "back in main\n";
function thrower() {
    $x = new D('in thrower');
    throw new Exception('boom');
}
try { thrower(); } catch (Exception $e) { echo "caught\n"; }
unset($e);
echo "end\n";

<?php
// php never calls the destructor of an object whose constructor threw
class D {
    public function __construct(public $n) { if ($n % 2 == 0) throw new Exception("ctor $n"); }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
function f() {
    $a = new D(1);
    try { $b = new D(2); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
    echo "f end\n";
}
f();
try { $x = new D(4); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { (new D(6))->n; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$y = new D(3);
$y = new D(5);
echo "end\n";

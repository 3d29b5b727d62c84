<?php
class A {
    private function m() { return 'm'; }
    protected function p() { return 'p'; }
    public static function callM(A $a) { return $a->m(); }
}
class B extends A {
    public function callP() { return $this->p(); }
    public function callParentPrivate() { return $this->m(); }
}
echo A::callM(new A), "\n";
echo (new B)->callP(), "\n";
try { (new A)->p(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { (new B)->callParentPrivate(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function f() { return (new A)->m(); }
try { f(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
(new A)->m();

<?php
class D {
    public function __destruct() {
        debug_print_backtrace();
        echo "destructed\n";
    }
}
function scope() {
    $d = new D;
    unset($d);
    echo "after unset\n";
}
scope();
$g = new D;
echo "end\n";

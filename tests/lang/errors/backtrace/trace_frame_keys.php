<?php
class M {
    public function inst($x) { throw new RuntimeException("i"); }
    public static function stat() { (new M)->inst(1); }
}
function fn1() { M::stat(); }
try {
    fn1();
} catch (RuntimeException $e) {
    foreach ($e->getTrace() as $i => $frame) {
        echo $i, ': ', implode(',', array_keys($frame)), "\n";
    }
}

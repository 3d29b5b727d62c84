<?php
class D {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$first = new D('first');
$second = new D('second');
$third = new D('third');
$arr = [new D('arr0'), new D('arr1')];
$GLOBALS['g'] = new D('global');
function f() { static $s; $s = new D('static'); }
f();
echo "end of script\n";

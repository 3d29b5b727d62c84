<?php
class D {
    public function __construct(public string $n, public $child = null) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$tree = new D('root', new D('child', new D('grandchild')));
$tree = null;
echo "--\n";
$list = [new D('x'), new D('y'), new D('z')];
array_pop($list);
echo "popped\n";
$list = [];
echo "cleared\n";
$o = new D('explicit');
$o->__destruct();
echo "called manually\n";

<?php
class D {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new D('a');
unset($a);
echo "after unset\n";
$b = new D('b1');
$b = new D('b2');
echo "after reassign\n";
$c = new D('c');
$c2 = $c;
unset($c);
echo "still referenced\n";
$c2 = null;
echo "after null\n";
new D('temp');
echo "end\n";

<?php
class N {
    public $other;
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new N('a');
$b = new N('b');
$a->other = $b;
$b->other = $a;
unset($a, $b);
echo "cycle unreachable, not yet collected\n";
echo gc_collect_cycles() > 0 ? "collected\n" : "nothing\n";
echo "end\n";

<?php
// destruction points the compiler sees: unset, reassignment, scope end, exceptions, temporaries
class D {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
    public function name() { return $this->n; }
}
function order() {
    $first = new D('first');
    $second = new D('second');
    $third = new D('third');
    echo "return\n";
}
order();
function early($flag) {
    $x = new D('x');
    if ($flag) return 'early';
    $y = new D('y');
    return 'late';
}
echo early(true), "\n";
echo early(false), "\n";
function withFinally() {
    $f = new D('f');
    try {
        throw new Exception('e');
    } finally {
        echo "finally\n";
    }
}
try { withFinally(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
function group() {
    $a = new D('shared');
    $b = $a;
    unset($a);
    echo "a unset\n";
    $b = null;
    echo "b null\n";
}
group();
function loop() {
    for ($i = 0; $i < 3; $i++) {
        $t = new D("t$i");
        echo $t->name(), "\n";
    }
    echo "loop end\n";
}
loop();
$g = new D('global');
$g = new D('global2');
echo (new D('temp'))->name(), "\n";
new D('statement');
var_dump(new D('dumped'));
$c = clone $g;
unset($c);
echo "end\n";

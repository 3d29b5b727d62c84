<?php
// objects the compiler cannot follow stay alive until the end of the script
class D {
    public static $keep = [];
    public $self;
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
    public function fluent() { return $this; }
    public function register() { self::$keep[] = $this; }
    public function callback() { return function () { return $this->n; }; }
}
function store($o) { static $all = []; $all[] = $o; }
$a = new D('fluent');
$a2 = $a->fluent();
unset($a);
echo "fluent unset\n";
$b = new D('registered');
$b->register();
unset($b);
echo "registered unset\n";
$c = new D('passed');
store($c);
unset($c);
echo "passed unset\n";
$d = new D('in array');
$arr = [$d];
unset($d);
echo "array unset\n";
$e = new D('closure');
$fns = [$e->callback()];
unset($e);
echo "closure unset: ", $fns[0](), "\n";
$f = $g = new D('chained');
unset($f);
echo "chained unset\n";
$h = new D('weak');
$w = WeakReference::create($h);
$held = [$w->get()];
unset($h);
var_dump($w->get() !== null);
function local() {
    $x = new D('returned');
    return $x;
}
$r = local();
echo "returned kept\n";
$x = new ArrayObject([1]);
$it = $x->getIterator();
unset($x);
var_dump(count(iterator_to_array($it)));

$fc = new D('first-class callable');
$bound = [$fc->fluent(...)];
unset($fc);
echo "callable kept: ", $bound[0]()->n, "\n";
echo "end\n";

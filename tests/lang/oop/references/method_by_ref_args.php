<?php
class Counter {
    public $n = 0;
    public static $total = 0;
    public array $list = [];
    public function __construct(&$out = null, &...$more) { $out = 'constructed'; foreach ($more as &$m) $m = 'more'; }
    public function inc(&$x, $by = 1) { $x += $by; return $x; }
    public static function sinc(&$x) { $x++; }
    public function swap(&$a, &$b) { [$a, $b] = [$b, $a]; }
    public function push(array &$arr, ...$vals) { foreach ($vals as $v) $arr[] = $v; }
    public function keep(&$x) { $this->kept = &$x; }
    public function setAll(&...$refs) { foreach ($refs as $i => &$r) $r = "set$i"; }
    public function byVal($x) { $x = 'changed'; return $x; }
}
class Sub extends Counter {
    public function viaParent(&$x) { parent::sinc($x); static::sinc($x); self::sinc($x); $this->inc($x, 10); }
    public function own() { $this->inc($this->n, 5); return $this->n; }
}

function local() {
    $c = new Counter;
    $x = 1;
    $c->inc($x);
    $c->inc($x, 5);
    Counter::sinc($x);
    echo "local: $x\n";
    $a = 'A'; $b = 'B';
    $c->swap($a, $b);
    echo "swap: $a $b\n";
    $arr = [1];
    $c->push($arr, 2, 3);
    echo "push: ", implode(',', $arr), "\n";
    $new = new Counter($out, $m1, $m2);
    echo "ctor: $out $m1 $m2\n";
    $c->setAll($p, $q);
    echo "variadic: $p $q\n";
    $v = 'orig';
    echo $c->byVal($v), " ", $v, "\n";
    $s = new Sub;
    $y = 0;
    $s->viaParent($y);
    echo "parent/static/self: $y\n";
    echo "own: ", $s->own(), "\n";
}
local();

$c = new Counter;
$g = 1;
$c->inc($g);
echo "global: $g\n";
$arr = ['k' => ['n' => 1]];
$c->inc($arr['k']['n'], 2);
print_r($arr);
$c->inc($c->n, 3);
Counter::sinc($c->n);
echo "prop: ", $c->n, "\n";
Counter::sinc(Counter::$total);
$c->inc(Counter::$total);
echo "static: ", Counter::$total, "\n";
$c->push($c->list, 'a', 'b');
print_r($c->list);
$k = 'kept';
$c->keep($k);
$k = 'changed after';
echo $c->kept, "\n";
$c->inc($undefined);
var_dump($undefined);
$o = new Counter;
$o->swap($arr['k'], $c->list);
print_r($arr);
$m = 'inc';
$z = 1;
$c->$m($z);
echo "dynamic name: $z\n";

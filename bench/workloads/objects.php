<?php
// Objects: monomorphic method calls and property reads/writes in a hot loop, then object creation
// through a constructor, a polymorphic call site over two classes, and a static method.
class Vec {
    public $x;
    public $y;
    public function __construct($x, $y) { $this->x = $x; $this->y = $y; }
    public function dot($o) { return $this->x * $o->x + $this->y * $o->y; }
    public function add($o) { $this->x += $o->x; $this->y += $o->y; return $this; }
    public static function zero() { return new Vec(0, 0); }
}
class Counter {
    private $n = 0;
    public function inc() { $this->n++; }
    public function get() { return $this->n; }
}
abstract class Shape { abstract public function area(); }
class Sq extends Shape { public function __construct(private $s) {} public function area() { return $this->s * $this->s; } }
class Rect extends Shape { public function __construct(private $w, private $h) {} public function area() { return $this->w * $this->h; } }

function work() {
    $c = new Counter();
    for ($i = 0; $i < 3000000; $i++) {
        $c->inc();
    }
    $acc = Vec::zero();
    $sum = 0;
    for ($i = 0; $i < 1000000; $i++) {
        $v = new Vec($i % 7, $i % 11);
        $sum += $v->dot($acc) % 1000;
        $acc->add($v);
        $acc->x %= 1000;
        $acc->y %= 1000;
    }
    $shapes = [new Sq(3), new Rect(2, 5), new Sq(4), new Rect(1, 1)];
    $area = 0;
    for ($i = 0; $i < 1000000; $i++) {
        $area += $shapes[$i & 3]->area();
    }
    return $c->get() + $sum + $area + $acc->x + $acc->y;
}

work(); // warm-up
$t = hrtime(true);
$c = work();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);

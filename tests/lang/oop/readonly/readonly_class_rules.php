<?php
readonly class Point {
    public function __construct(public int $x, public int $y) {}
    public function withX(int $x): static { $c = clone $this; return new static($x, $this->y); }
}
readonly class Magic {
    public int $v;
    public function __construct() { $this->v = 1; }
    public function __set($n, $val) { echo "__set($n)\n"; }
}
final readonly class Leaf extends Point {}
$p = new Point(1, 2);
$q = $p->withX(5);
echo $q->x, ",", $q->y, "\n";
foreach (['x', 'z'] as $prop) {
    try { $p->$prop = 9; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { $p->z = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$m = new Magic;
$m->other = 3;
try { $m->v = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$l = new Leaf(3, 4);
try { $l->y = 0; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $l->w = 0; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
print_r($l);

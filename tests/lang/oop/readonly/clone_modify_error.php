<?php
final class Point {
    public function __construct(public readonly int $x, public readonly int $y) {}
    public function withX(int $x): static {
        $c = clone $this;
        try { $c->x = $x; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
        return new static($x, $this->y);
    }
    public function __clone() {
        try { $this->y = 0; } catch (Error $e) { echo "in __clone: ", $e->getMessage(), "\n"; }
    }
}
$p = new Point(1, 2);
$q = $p->withX(5);
echo $q->x, ",", $q->y, "\n";

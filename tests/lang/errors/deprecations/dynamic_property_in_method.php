<?php
class Point {
    public $x;
    public function __construct($x, $y) { $this->x = $x; $this->y = $y; }
}
$p = new Point(1, 2);
echo $p->y, "\n";
$q = new Point(3, 4);
class Sub extends Point {}
$s = new Sub(5, 6);

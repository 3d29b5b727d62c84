<?php
class Point {
    public $x;
    public $y;
    public function __construct($x = 0, $y = 0) {
        echo "constructing\n";
        $this->x = $x;
        $this->y = $y;
    }
    public function __toString(): string { return "($this->x, $this->y)"; }
}
$a = new Point(1, 2);
$b = new Point;
$c = new Point(y: 5);
echo $a, " ", $b, " ", $c, "\n";
$cls = 'Point';
$d = new $cls(7, 8);
echo $d, "\n";
$e = new ('Po' . 'int')(9);
echo $e, "\n";

<?php
class Point {
    public $x = 0;
    public $y = 0;
    public $tags = [];
    public function __construct($x = 0, $y = 0) { $this->x = $x; $this->y = $y; }
    public function move($dx, $dy) { $this->x += $dx; $this->y += $dy; return $this; }
    public function len2() { return $this->x * $this->x + $this->y * $this->y; }
}
$p = new Point(1, 2);
$p->move(2, 2)->move(-1, 0);
echo $p->x, ",", $p->y, " ", $p->len2(), "\n";
$p->x++;
--$p->y;
$p->x .= "!";
$p->tags[] = "a";
$p->tags['k'] = "b";
$p->tags['k'] .= "c";
var_dump($p);
$q = $p;
$q->y = 100;
echo $p->y, "\n";
$r = new Point;
echo $r->x, $r->y, "\n";
var_dump(isset($p->x), isset($p->nope), empty($r->x), $p->nope ?? "dflt");
unset($p->tags);
var_dump($p);
echo $r->missing;

<?php
class Point {
    public function __construct(public int $x = 0, public int $y = 0, public string $label = '') {}
}
$r = new ReflectionClass('Point');
$p = $r->newInstance(1, 2);
echo "$p->x,$p->y,$p->label\n";
$p = $r->newInstanceArgs([3, 4, 'c']);
echo "$p->x,$p->y,$p->label\n";
$p = $r->newInstanceArgs(['y' => 7, 'label' => 'named']);
echo "$p->x,$p->y,$p->label\n";
$p = $r->newInstance(label: 'kw');
echo "$p->x,$p->y,$p->label\n";
$p = $r->newInstanceArgs();
echo "$p->x,$p->y,$p->label\n";
class Bare {}
var_dump(get_class((new ReflectionClass('Bare'))->newInstance()));
try { $r->newInstanceArgs(['nope' => 1]); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }

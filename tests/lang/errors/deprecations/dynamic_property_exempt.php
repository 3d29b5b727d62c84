<?php
$s = new stdClass;
$s->x = 1;
#[AllowDynamicProperties]
class Bag {}
$b = new Bag;
$b->y = 2;
class Magic {
    private array $d = [];
    public function __set($n, $v) { echo "__set $n\n"; $this->d[$n] = $v; }
}
$m = new Magic;
$m->z = 3;
class ChildOfBag extends Bag {}
$c = new ChildOfBag;
$c->w = 4;
echo "no deprecations above\n";

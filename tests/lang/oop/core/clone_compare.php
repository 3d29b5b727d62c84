<?php
class Box {
    public $items = [];
    public $child;
    public function __clone() { echo "cloning\n"; if ($this->child) $this->child = clone $this->child; }
}
$a = new Box;
$a->items[] = 1;
$a->child = new Box;
$b = clone $a;
$b->items[] = 2;
$b->child->items[] = 3;
var_dump(count($a->items), count($b->items), count($a->child->items));
var_dump($a == $b, $a === $a, $a != $b);
$c = clone $a;
var_dump($a == $c, $a === $c, spl_object_id($a) != spl_object_id($c));
class Other { public $items = []; public $child; }
var_dump(new Other == new Box);
$objs = [new Box, new Box];
var_dump($objs[0] == $objs[1]);
echo get_class($objs[1]), "\n";
var_dump($c);

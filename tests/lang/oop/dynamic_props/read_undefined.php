<?php
class A { public $x; }
$a = new A;
var_dump($a->nope);
var_dump($a->x);
var_dump(isset($a->nope), isset($a->x), property_exists($a, 'x'), property_exists($a, 'nope'));
var_dump($a->nope ?? 'default');
$n = null;
var_dump($n->prop);
$i = 5;
var_dump($i->prop);
echo "end\n";

<?php
// array_walk/array_walk_recursive over an object walk its property table (mangled keys) and write back.
class P { public $a = 1; protected $b = 2; private $c = 3; public $d = [1]; }
$o = new P; $o->dyn = 'x';
array_walk($o, function ($v, $k) { var_dump($k, $v); });
array_walk($o, function (&$v, $k) { if (is_int($v)) $v *= 10; });
var_dump($o);
$s = new stdClass; $s->x = 1;
array_walk_recursive($s, function (&$v) { $v++; });
var_dump($s);

<?php
class A { public $x = 1; protected $y = 2; private $z = 3; }
class B extends A { private $z = 'b'; }
$vars = get_mangled_object_vars(new B);
foreach ($vars as $k => $v) echo str_replace("\0", '\0', $k), " => $v\n";
$ao = new ArrayObject(['k' => 'v']);
var_dump(get_mangled_object_vars($ao), count((array) $ao));

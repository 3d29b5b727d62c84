<?php
class A { public $declared; }
$a = new A;
$a->declared = 1;
$a->dyn = 2;
$a->dyn = 3;
echo $a->dyn, "\n";
$name = 'other';
$a->$name = 4;
$a->{'with space'} = 5;
var_dump($a);
unset($a->dyn);
$a->dyn = 6;
class B extends A {}
$b = new B;
$b->x = 1;

<?php
class A { public $a; }
$o = new A;
$o->b = 1;
$o->b = 2;
echo $o->b, "\n";
$o->c ??= 3;
echo "end\n";

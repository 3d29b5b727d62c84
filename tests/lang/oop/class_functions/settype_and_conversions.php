<?php
class A { public $x = 1; }
$o = new A;
var_dump((bool) $o);
var_dump(@(int) $o);
$r = (int) $o;
echo "\n";
var_dump(@(float) $o);
var_dump((array) $o);
var_dump(intval(new A), floatval(new A));
var_dump($o == 1);

<?php
$o = new stdClass;
$o->a = 1;
$o->list = ['x'];
$val = 10;
$o->ref = &$val;
$c = clone $o;
$c->a = 2;
$c->list[] = 'y';
$c->ref = 20;
echo $o->a, " ", count($o->list), " ", $o->ref, " ", $val, "\n";
echo $c->a, " ", count($c->list), " ", $c->ref, "\n";

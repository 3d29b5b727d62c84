<?php
$a = new ArrayObject([1, 2]); $b = new ArrayObject([1, 2]); $c = new ArrayObject([1, 3]);
var_dump($a == $b, $a == $c, $a < $c, $a <=> $c, $c <=> $a);
$b->p = 1;
var_dump($a == $b);
$o1 = new stdClass; $o2 = new stdClass;
$s = new SplObjectStorage; $t = new SplObjectStorage;
var_dump($s == $t);
$s[$o1] = 1; $t[$o1] = 1;
var_dump($s == $t);
$t[$o1] = 2;
var_dump($s == $t, $s < $t);
$s[$o2] = 1;
var_dump($s == $t);
$l = new SplDoublyLinkedList; $m = new SplDoublyLinkedList; $l->push(1);
var_dump($l == $m);

<?php
$a = new stdClass; $a->x = 1;
$b = new stdClass; $b->y = 1;
var_dump($a == $b, $a < $b, $a > $b, $a <=> $b);
$c = new stdClass; $c->x = 1; $c->z = 2;
var_dump($a < $c, $a == $c);
var_dump([$a] == [$a], [new stdClass] == [new stdClass]);

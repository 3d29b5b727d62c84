<?php
class P { public function __construct(public $x, public $y = null) {} }
$a = new P(1, new P(2));
$b = new P(1, new P(2));
$c = $a;
var_dump($a == $b, $a === $b, $a === $c, $a != $b, $a !== $b);
$b->y->x = 3;
var_dump($a == $b);
var_dump(new P(1) == new P('1'));
var_dump(new P(1) == new P(true));
class Q { public function __construct(public $x, public $y = null) {} }
var_dump(new P(1) == new Q(1));
var_dump(new stdClass == new stdClass);
var_dump(new P(1) < new P(2), new P(2) <=> new P(1), new P(1) <=> new P(1));

<?php
$a = new stdClass;
$b = new stdClass;
$a->b = $b;
$b->list = [new stdClass, new stdClass];
var_dump($a);
$c = clone $a;
var_dump($c);

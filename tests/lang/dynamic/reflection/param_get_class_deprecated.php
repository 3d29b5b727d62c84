<?php
class Dep {}
class Svc { function f(Dep $d, int $i, $x, self $s) {} }
$ps = (new ReflectionMethod('Svc', 'f'))->getParameters();
var_dump($ps[0]->getClass()->getName());
var_dump($ps[1]->getClass());
var_dump($ps[2]->getClass());
var_dump($ps[3]->getClass()->name);

<?php
class A { function m($x) {} }
function fn1($y) {}
$p = new ReflectionParameter(['A', 'm'], 0);
var_dump($p->getDeclaringClass()->getName(), get_class($p->getDeclaringFunction()), $p->getDeclaringFunction()->getName());
$q = new ReflectionParameter('fn1', 0);
var_dump($q->getDeclaringClass(), get_class($q->getDeclaringFunction()), $q->getDeclaringFunction()->getName());
$r = new ReflectionParameter(fn($z) => $z, 'z');
var_dump($r->getName(), $r->getDeclaringFunction()->getName());

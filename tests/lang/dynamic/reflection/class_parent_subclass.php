<?php
interface I {}
class A implements I {}
class B extends A {}
class C extends B {}
$c = new ReflectionClass('C');
var_dump($c->getParentClass()->getName(), $c->getParentClass()->getParentClass()->getName());
var_dump((new ReflectionClass('A'))->getParentClass());
var_dump($c->isSubclassOf('A'), $c->isSubclassOf('I'), $c->isSubclassOf('C'), $c->isSubclassOf(new ReflectionClass('B')));
var_dump((new ReflectionClass('A'))->isSubclassOf('C'));
var_dump($c->isInstance(new C), (new ReflectionClass('A'))->isInstance(new C), $c->isInstance(new A));
try { $c->isSubclassOf('Missing'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }

<?php
class NoCtor {}
class Base { public function __construct(int $a) {} }
class Child extends Base {}
class Own extends Base { public function __construct(string $s, int $n = 1) { parent::__construct($n); } }
var_dump((new ReflectionClass('NoCtor'))->getConstructor());
$c = (new ReflectionClass('Child'))->getConstructor();
echo $c->class, '::', $c->name, ' ', $c->getNumberOfParameters(), "\n";
$c = (new ReflectionClass('Own'))->getConstructor();
echo $c->class, '::', $c->name, ' ', $c->getNumberOfParameters(), ' ', $c->getNumberOfRequiredParameters(), "\n";
var_dump($c->isConstructor(), (new ReflectionMethod('Own', '__construct'))->isConstructor());

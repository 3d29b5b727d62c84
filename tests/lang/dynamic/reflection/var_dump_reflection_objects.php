<?php
class A { public int $p = 1; const K = 1; function m(int $x) {} }
$c = new ReflectionClass('A');
var_dump($c);
$m = new ReflectionMethod('A', 'm');
var_dump($m);
$p = new ReflectionProperty('A', 'p');
var_dump($p);
$k = new ReflectionClassConstant('A', 'K');
var_dump($k);
$f = new ReflectionFunction('strlen');
var_dump($f);
$par = new ReflectionParameter(['A', 'm'], 0);
var_dump($par);
$t = $par->getType();
var_dump($t);
print_r($c);
echo "\n";
var_dump($c instanceof Reflector, $t instanceof ReflectionType, $m instanceof ReflectionFunctionAbstract);

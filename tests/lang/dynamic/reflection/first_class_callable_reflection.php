<?php
class Svc { function run(int $times) { return str_repeat('x', $times); } static function st() {} }
$f = new ReflectionFunction(strlen(...));
var_dump($f->getName(), $f->isInternal(), $f->getParameters()[0]->getName());
$svc = new Svc;
$g = new ReflectionFunction($svc->run(...));
var_dump($g->getName(), $g->getNumberOfParameters(), $g->invoke(3));
$h = new ReflectionFunction(Svc::st(...));
var_dump($h->getName());
function userfn($a, $b) {}
var_dump((new ReflectionFunction(userfn(...)))->getNumberOfParameters());

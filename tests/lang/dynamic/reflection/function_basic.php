<?php
namespace Lib;
function compute(int $a, string &$b, $c = 3, ...$rest): int { return 1; }
function &byRef() { static $x; return $x; }
$f = new \ReflectionFunction('Lib\compute');
var_dump($f->getName(), $f->getShortName(), $f->getNamespaceName(), $f->inNamespace());
var_dump($f->getNumberOfParameters(), $f->getNumberOfRequiredParameters(), $f->isVariadic(), $f->returnsReference());
var_dump($f->isUserDefined(), $f->isInternal(), $f->isClosure(), $f->hasReturnType(), (string) $f->getReturnType());
$g = new \ReflectionFunction('\Lib\byRef');
var_dump($g->returnsReference(), $g->hasReturnType(), $g->getReturnType());
var_dump($f->invoke(1, 'x'));

<?php
function f($a, $b = 1) {}
$p = new ReflectionParameter('f', 'a');
var_dump($p->isDefaultValueAvailable());
try { $p->getDefaultValue(); } catch (ReflectionException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $p->isDefaultValueConstant(); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
var_dump((new ReflectionParameter('f', 'b'))->getDefaultValue());
$q = new ReflectionParameter('strlen', 0);
var_dump($q->isDefaultValueAvailable());

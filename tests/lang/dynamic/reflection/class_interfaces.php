<?php
interface A {}
interface B extends A {}
interface C {}
class X implements B, C {}
class Y extends X implements Countable { function count(): int { return 0; } }
$r = new ReflectionClass('Y');
var_dump($r->getInterfaceNames());
foreach ($r->getInterfaces() as $k => $i) echo $k, ' => ', get_class($i), ' ', $i->getName(), "\n";
var_dump($r->implementsInterface('A'), $r->implementsInterface('countable'), (new ReflectionClass('X'))->implementsInterface('Countable'));
try { $r->implementsInterface('X'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $r->implementsInterface('Nope'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }

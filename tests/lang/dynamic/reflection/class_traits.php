<?php
trait Hello { function hello() { return 'hello'; } }
trait World { function world() { return 'world'; } }
trait Both { use Hello, World; }
class Greeter { use Both; }
class Plain {}
$r = new ReflectionClass('Greeter');
var_dump($r->getTraitNames());
foreach ($r->getTraits() as $k => $t) echo $k, ' ', $t->getName(), ' ', var_export($t->isTrait(), true), "\n";
var_dump((new ReflectionClass('Both'))->getTraitNames(), (new ReflectionClass('Plain'))->getTraits());
var_dump($r->hasMethod('world'), $r->getMethod('hello')->class);

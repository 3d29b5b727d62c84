<?php
trait Greets { function greet() { return 'hi'; } }
class Base { function inherited() {} function overridden() {} }
class Child extends Base { use Greets; function overridden() {} }
foreach (['inherited', 'overridden', 'greet'] as $n) {
    $m = new ReflectionMethod('Child', $n);
    echo $n, ': class=', $m->class, ' declaring=', $m->getDeclaringClass()->getName(), "\n";
}
$p = new ReflectionMethod('Child', 'overridden');
var_dump($p->getDeclaringClass()->getParentClass()->getName());

<?php
class A {
    final public function f() { return 'A::f ' . static::class; }
    final public const C = 'c';
}
final class B extends A {}
$b = new B;
echo $b->f(), " ", B::C, "\n";
$r = new ReflectionClass('B');
var_dump($r->isFinal());

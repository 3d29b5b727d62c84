<?php
class Owner {
    public $v = 'owned';
    function make() { return function ($x) { return $this->v . $x; }; }
    static function makeStatic() { return static fn() => static::class; }
}
$o = new Owner;
$c = $o->make();
$f = new ReflectionFunction($c);
var_dump($f->getName(), $f->isClosure(), $f->getClosureThis() === $o, $f->getClosureScopeClass()->getName());
var_dump($f->invoke('!'), $f->getNumberOfParameters());
$s = new ReflectionFunction(Owner::makeStatic());
var_dump($s->getClosureThis(), $s->getClosureScopeClass()->name, $s->isStatic());
$plain = fn(int $a, int $b = 2) => $a + $b;
$p = new ReflectionFunction($plain);
var_dump($p->getClosureThis(), $p->getClosureScopeClass(), $p->invokeArgs([1]), $p->getClosure() === $plain);

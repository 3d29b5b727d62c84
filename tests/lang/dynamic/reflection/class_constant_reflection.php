<?php
interface HasMax { const MAX = 100; }
class Limits implements HasMax {
    const MIN = 1;
    protected const STEP = 5;
    private const HIDDEN = 'h';
    final public const FIXED = self::MIN * 2;
}
$k = new ReflectionClassConstant('Limits', 'FIXED');
var_dump($k->getName(), $k->getValue(), $k->isFinal(), $k->isPublic(), $k->getDeclaringClass()->getName(), $k->class);
var_dump(Reflection::getModifierNames($k->getModifiers()));
$m = new ReflectionClassConstant('Limits', 'MAX');
var_dump($m->class, $m->getValue());
foreach ((new ReflectionClass('Limits'))->getReflectionConstants() as $c) {
    echo $c->name, ' ', $c->getModifiers(), ' private=', var_export($c->isPrivate(), true), ' protected=', var_export($c->isProtected(), true), "\n";
}
var_dump((new ReflectionClass('Limits'))->getReflectionConstant('NOPE'));
try { new ReflectionClassConstant('Limits', 'NOPE'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }

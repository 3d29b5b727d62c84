<?php
interface HasVersion { const VERSION = '1.0'; }
class Base { const BASE = 'b'; protected const PROT = 2; }
class A extends Base implements HasVersion {
    const ONE = 1;
    private const SECRET = 'x';
    final public const LIST = [1, 2];
    const DERIVED = self::ONE + 10;
}
$r = new ReflectionClass('A');
var_dump($r->getConstants());
var_dump($r->getConstant('DERIVED'), $r->getConstant('NOPE'), $r->hasConstant('SECRET'), $r->hasConstant('secret'));
var_dump(array_keys($r->getConstants(ReflectionClassConstant::IS_PUBLIC)));
foreach ($r->getReflectionConstants(ReflectionClassConstant::IS_PRIVATE | ReflectionClassConstant::IS_PROTECTED) as $c) {
    echo $c->class, '::', $c->name, ' ', implode(' ', Reflection::getModifierNames($c->getModifiers())), "\n";
}

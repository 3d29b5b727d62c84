<?php
class A {
    public $pub;
    protected $prot;
    private $priv;
    public static $stat;
    public readonly int $ro;
}
function names($ps) { return implode(',', array_map(fn($p) => $p->getName(), $ps)); }
$r = new ReflectionClass('A');
echo names($r->getProperties(ReflectionProperty::IS_PUBLIC)), "\n";
echo names($r->getProperties(ReflectionProperty::IS_STATIC)), "\n";
echo names($r->getProperties(ReflectionProperty::IS_PRIVATE | ReflectionProperty::IS_PROTECTED)), "\n";
echo names($r->getProperties(ReflectionProperty::IS_READONLY)), "\n";
var_dump($r->hasProperty('priv'), $r->hasProperty('stat'), $r->hasProperty('nope'));

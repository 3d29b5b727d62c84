<?php
class Dep {}
class Entity {
    public int $id;
    public ?Dep $dep = null;
    public readonly string $code;
    public $loose;
    public static ?self $instance = null;
    public function __construct() { $this->code = 'c'; }
}
foreach ((new ReflectionClass('Entity'))->getProperties() as $p) {
    $t = $p->getType();
    echo $p->getName(), ' hasType=', var_export($p->hasType(), true), ' type=', $t === null ? 'null' : $t->getName() . '/' . var_export($t->allowsNull(), true),
        ' readonly=', var_export($p->isReadOnly(), true), ' static=', var_export($p->isStatic(), true),
        ' modifiers=', implode(' ', Reflection::getModifierNames($p->getModifiers())), "\n";
}
$e = new Entity;
try { (new ReflectionProperty('Entity', 'code'))->setValue($e, 'x'); } catch (Error $ex) { echo $ex->getMessage(), "\n"; }

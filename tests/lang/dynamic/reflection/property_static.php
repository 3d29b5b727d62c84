<?php
class Registry {
    private static array $items = [];
    public static int $count = 0;
    public static function all() { return self::$items; }
}
$p = new ReflectionProperty('Registry', 'items');
$p->setValue(null, ['a' => 1]);
var_dump(Registry::all(), $p->getValue());
$c = new ReflectionProperty('Registry', 'count');
$c->setValue(7);
var_dump(Registry::$count, $c->getValue(), $c->isStatic(), $c->getModifiers());

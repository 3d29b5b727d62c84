<?php
interface HasName { const PREFIX = "I:"; public function name(); }
class Base implements HasName {
    const KIND = "base";
    protected const SECRET = 42;
    public static $count = 0;
    private static $log = [];
    public static function create() { static::$count++; self::$log[] = static::class; return new static(); }
    public static function log() { return implode(",", self::$log); }
    public function name() { return self::PREFIX . static::KIND . " " . static::class . " " . get_class($this); }
    public function secret() { return static::SECRET; }
}
class Child extends Base {
    const KIND = "child";
    public function name() { return "[" . parent::name() . "]"; }
}
echo Base::create()->name(), "\n";
echo Child::create()->name(), "\n";
echo Base::$count, " ", Child::$count, " ", Base::log(), "\n";
Child::$count += 10;
echo Base::$count, "\n";
echo Child::KIND, " ", Child::PREFIX, " ", HasName::PREFIX, " ", Base::class, "\n";
echo (new Child)->secret(), "\n";
var_dump(Child::create() instanceof HasName, is_a(new Child, 'Base'), is_subclass_of('Child', 'Base'));
var_dump(get_parent_class(new Child), get_parent_class('Base'), method_exists('Child', 'LOG'), property_exists('Base', 'count'));
var_dump(class_exists('child'), class_exists('HasName'), interface_exists('HasName'));
echo Base::SECRET;

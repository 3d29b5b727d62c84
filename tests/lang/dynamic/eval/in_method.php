<?php
// code eval'd in a method runs with the method's $this and class scope
class Base {
    protected static $registry = 'base registry';
    public static function make() { return eval('return new static;'); }
    public function parentName() { return 'Base::parentName'; }
}
class Counter extends Base {
    private $count = 0;
    private static $instances = 0;
    public function __construct() { self::$instances++; }
    private function secret() { return "secret #{$this->count}"; }
    public function bump($by) {
        eval('$this->count += $by; $seen = $this->secret();');
        return $seen;
    }
    public function describe() {
        return eval('return [static::class, self::class, get_class($this), __CLASS__, parent::parentName(),
            self::$instances, static::$registry];');
    }
    public function closure() {
        return eval('return function () { return $this->count; };');
    }
    public function nested() { return eval('return eval(\'return $this->secret();\');'); }
    public static function fromStatic() { return eval('return static::class . " " . self::$instances;'); }
    public function declares() {
        eval('function declaredInMethod() { return isset($this) ? "has this" : "no this"; }');
        return declaredInMethod();
    }
}
class Sub extends Counter {}
$c = new Counter;
echo $c->bump(2), "\n";
echo $c->bump(3), "\n";
print_r((new Sub)->describe());
echo ($c->closure())(), "\n";
echo $c->nested(), "\n";
echo Sub::fromStatic(), "\n";
echo get_class(Sub::make()), "\n";
echo $c->declares(), "\n";
// outside the class the same code cannot see the private members
try {
    eval('return $c->secret();');
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    eval('return self::class;');
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}

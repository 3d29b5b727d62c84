<?php
interface Shape { function area(): float; }
trait Named { function name() { return static::class; } }
abstract class Base implements Shape {
    function describe() {}
    abstract function perimeter(): float;
    private function secret() {}
}
class Square extends Base {
    use Named;
    function __construct(private float $s = 1) {}
    function area(): float { return $this->s ** 2; }
    function perimeter(): float { return 4 * $this->s; }
    static function unit() { return new self(1); }
}
foreach ((new ReflectionClass('Square'))->getMethods() as $m) echo $m->class, '::', $m->name, "\n";
echo "--\n";
foreach ((new ReflectionClass('Base'))->getMethods() as $m) echo $m->class, '::', $m->name, "\n";
echo "--\n";
foreach ((new ReflectionClass('Shape'))->getMethods() as $m) echo $m->class, '::', $m->name, "\n";

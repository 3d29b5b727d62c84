<?php
abstract class Shape {
    abstract public function area(): float;
    public function describe() { return static::class . " " . $this->area(); }
}
class Sq extends Shape {
    public function __construct(private float $s) {}
    public function area(): float { return $this->s * $this->s; }
}
echo (new Sq(3))->describe(), "\n";
try {
    new Shape();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$r = new ReflectionClass('Shape');
var_dump($r->isAbstract());
new Shape;

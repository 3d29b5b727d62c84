<?php
// ReflectionMethod::__toString() (php's export text: inherits/overwrites/prototype/ctor, modifiers) and getPrototype().
namespace App\Util;

interface Shape { public function area(): float; }
interface Named extends \Countable { function name(): string; }
abstract class Base implements Shape {
    abstract public function __construct(int $x);
    public function describe(string $prefix = 'Shape: ', array $opts = ['round' => true, 'digits' => 2]): string { return ''; }
    protected static function &registry(): array { static $r = []; return $r; }
    private function secret() {}
}
class Circle extends Base implements Named {
    public function __construct(int $x, public readonly float $r = 1.0) {}
    public function area(): float { return 0.0; }
    public function name(): string { return 'c'; }
    public function count(): int { return 1; }
    public function describe(string $prefix = 'Circle: ', array $opts = []): string { return ''; }
    private function secret() {}
}
final class Small extends Circle { public function area(): float { return 1.0; } }

foreach (['__construct', 'area', 'name', 'count', 'describe', 'registry', 'secret'] as $m) {
    echo new \ReflectionMethod(Circle::class, $m);
    $r = new \ReflectionMethod(Circle::class, $m);
    try { echo "prototype: ", $r->getPrototype()->class, "::", $r->getPrototype()->name, "\n"; }
    catch (\ReflectionException $e) { echo $e->getMessage(), "\n"; }
}
echo new \ReflectionMethod(Small::class, 'area');
echo new \ReflectionMethod(Small::class, 'describe');
echo (new \ReflectionMethod(Small::class, 'area'))->getPrototype()->class, "\n";
echo new \ReflectionMethod(Base::class, '__construct');
echo new \ReflectionMethod(Base::class, 'registry');
echo new \ReflectionMethod(Shape::class, 'area');


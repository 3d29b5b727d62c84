<?php
interface Shape { public function area(): float; public function scale(int|float $by): static; }
abstract class Base implements Shape {
    abstract protected function name(string $prefix = ''): string;
    public function describe(self $other = null): string { return $this->name() . '/' . $other?->name(); }
}
class Sq extends Base {
    public function __construct(private float $side = 1) {}
    public function area(): float { return $this->side ** 2; }
    public function scale(int|float|string $by, int ...$more): static { return new static($this->side * (float) $by); }
    public function name(string $prefix = '', $extra = null): string { return $prefix . 'sq'; }
    public function describe(?Base $other = null, mixed $x = 1): string { return parent::describe($other); }
}
class P { public function make(): ?iterable { return null; } public function take(array $a) {} public function ctor() {} }
class C extends P {
    public function make(): array { return [1]; }
    public function take(iterable $a, ...$rest) {}
    public function __construct(int $x = 0) {}
}
class Q { public function __construct(string $s) {} }
class R extends Q { public function __construct(array $a, $b) {} }
$s = (new Sq(2))->scale("1.5");
echo $s->area(), " ", $s->describe(new Sq), "\n";
print_r((new C)->make());
echo get_class(new R([], 1)), "\n";

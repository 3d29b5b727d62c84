<?php
class P {}
class A extends P {
    public ?self $me = null;
    public parent|int $p = 0;
    public function f(self $x): static { return new A; }
    public function g(?parent $x): ?static { return null; }
    public static function h(): static { return new A; }
    public function k(self|int $v): self|false { return false; }
}
class B extends A {}
$a = new A; $b = new B;
foreach ([fn() => $b->f($a), fn() => $a->f(new P), fn() => $a->g(new stdClass), fn() => B::h(), fn() => $b->me = new P, fn() => $a->p = new stdClass, fn() => $a->k("x"), fn() => $a->me = 5] as $f) {
  try { $f(); echo "ok\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
class Fluent {
    public function with(): static { return clone $this; }
    public static function create(): static { return new static; }
    public function maybe(bool $b): ?static { return $b ? $this : null; }
    public function wrong(): static|int { return "7"; }
    public function bad(): static|int { return new Fluent; }
}
class Sub extends Fluent {}
echo get_class((new Sub)->with()), " ", get_class(Sub::create()), "\n";
var_dump((new Sub)->maybe(false), (new Sub)->wrong());
try { (new Sub)->bad(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

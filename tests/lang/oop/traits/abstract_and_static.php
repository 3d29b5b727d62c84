<?php
trait Counts {
    private static int $count = 0;
    abstract public function label(): string;
    public static function inc(): int { return ++self::$count; }
    public static function make(): static { return new static; }
    public function describe() { return static::class . ':' . $this->label() . ':' . self::$count; }
}
class A { use Counts; public function label(): string { return 'a'; } }
class B { use Counts; public function label(): string { return 'b'; } }
A::inc(); A::inc(); B::inc();
echo A::make()->describe(), "\n";
echo B::make()->describe(), "\n";
class C extends A {}
C::inc();
echo A::make()->describe(), " ", C::make()->describe(), "\n";

<?php
// ReflectionClass::__toString() and ReflectionObject's: constants (php's order: own, parent's,
// interfaces'), static and instance properties, static and instance methods, dynamic properties.
interface I { const Z = 1; function im(); }
/** doc */
abstract class A implements I {
    const X = 'x';
    protected const Y = [1];
    public static $s = 5;
    private static ?int $t;
    public $p = 1;
    protected int $q;
    public function im() {}
    abstract protected function ab(int $a);
    public static function st() {}
}
final class B extends A { protected function ab(int $a) {} }
class C extends A implements Countable {
    const W = 2.5;
    final public const F = true;
    public function __construct(public readonly int $x = 0, protected ?float $y = null) {}
    public function count(): int { return 0; }
    protected function ab(int $a) {}
    private function hidden() {}
}
echo new ReflectionClass('A');
echo new ReflectionClass('B');
echo new ReflectionClass('I');
print_r(array_keys((new ReflectionClass('B'))->getConstants()));
print_r(array_keys((new ReflectionClass('C'))->getConstants()));
$o = new C(3);
$o->dyn = [1];
echo new ReflectionObject($o);

<?php
interface Shape { function area(): float; }
trait Named { public function name(): string { return static::class === self::class ? 'same' : 'diff'; } }
abstract class Base { abstract function kind(): string; public function describe() { return $this->kind() . "!"; } }

$objs = [];
for ($i = 1; $i <= 3; $i++) {
    $objs[] = new class($i) extends Base implements Shape {
        use Named;
        const SIDES = 4;
        public static $made = 0;
        public function __construct(private int $side) { self::$made++; }
        public function area(): float { return $this->side ** 2; }
        public function kind(): string { return 'square' . self::SIDES; }
    };
}
echo get_class($objs[0]) === get_class($objs[2]) ? "one class\n" : "many classes\n";
foreach ($objs as $o) echo $o->area(), " ", $o->describe(), " ", $o->name(), "\n";
echo $objs[0]::$made, " ", $objs[1]::SIDES, "\n";
var_dump($objs[0] instanceof Base, $objs[0] instanceof Shape);
echo get_parent_class($objs[0]), "\n";
echo get_debug_type($objs[0]), "\n";
var_dump($objs[1]);
print_r($objs[2]);
echo "\n";

// a nested anonymous class, closures inside one, magic constants
$outer = new class {
    public $tag = 'outer';
    public function inner() {
        return new class($this) {
            public function __construct(public $parent) {}
            public function tag() { return $this->parent->tag . '>inner'; }
        };
    }
    public function adder(int $n) { return fn($x) => $x + $n; }
    public function where() { return [explode("\0", __CLASS__)[0], explode("\0", __METHOD__)[0], __FUNCTION__]; }
};
echo $outer->inner()->tag(), "\n";
echo ($outer->adder(5))(10), "\n";
print_r($outer->where());
echo strlen(get_class($outer)) > strlen('class@anonymous') ? "long name\n" : "short name\n";
echo explode("\0", get_class($outer))[0], "\n";
$name = get_class($outer);
var_dump(class_exists($name), class_exists('class@anonymous'));
$again = new $name;
var_dump($again instanceof $outer, $again == $outer);

// errors name class@anonymous
$typed = new class { public function f(int $x) { return $x; } };
try { $typed->f("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $typed->missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo $typed->nope; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { serialize($typed); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$ex = new class('boom') extends RuntimeException {};
try { throw $ex; } catch (RuntimeException $e) { echo explode("\0", get_class($e))[0], ": ", $e->getMessage(), "\n"; }
function thrower() { return new class { function go() { throw new LogicException('inside'); } }; }
thrower()->go();

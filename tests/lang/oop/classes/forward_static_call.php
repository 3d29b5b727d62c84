<?php
class Base {
    public static function who(...$args) { return static::class . '(' . implode(',', $args) . ')'; }
    public static function __callStatic($name, $args) { return static::class . "::$name via __callStatic"; }
}
class Child extends Base {
    public static function test() {
        echo forward_static_call([Base::class, 'who'], 1, 2), "\n";
        echo forward_static_call('Base::who', 'str'), "\n";
        echo forward_static_call_array([Base::class, 'who'], [3, 4]), "\n";
        echo call_user_func([Base::class, 'who'], 5), "\n";
        echo forward_static_call([Base::class, 'missing']), "\n";
        echo forward_static_call([Other::class, 'who']), "\n"; // not a subclass: no forwarding
        echo forward_static_call(fn() => 'closure ' . static::class), "\n";
        echo forward_static_call('strtoupper', 'plain function'), "\n";
    }
    public function inst() { return forward_static_call([Base::class, 'who'], 'from instance'); }
}
class Other { public static function who() { return static::class; } }
class GrandChild extends Child {}
Child::test();
GrandChild::test();
echo (new GrandChild)->inst(), "\n";
try {
    forward_static_call([Base::class, 'who']);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    forward_static_call('nope');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

// $x::class on values
$o = new Child;
echo $o::class, "\n";
$anon = new class {};
echo explode("\0", $anon::class)[0], "\n";
foreach ([null, 1, 1.5, true, [], 'Child'] as $v) {
    try {
        echo $v::class, "\n";
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}

// the callable is checked with the caller's visibility
class Guarded { protected static function p() { return static::class . ' protected'; } }
class Opener extends Guarded { static function t() { return forward_static_call([Guarded::class, 'p']); } }
class Deeper extends Opener {}
echo Deeper::t(), "\n";
class Stranger { static function t() { return forward_static_call([Guarded::class, 'p']); } }
try { Stranger::t(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

<?php
class A {}
enum E { case X; }
$vals = [new A, E::X, fn() => 1, new ArrayObject, (object) []];
foreach ($vals as $v) {
    echo gettype($v), " ", get_debug_type($v), " ", is_object($v) ? 'obj' : '-', " ", is_iterable($v) ? 'iter' : '-', " ", is_callable($v) ? 'call' : '-', "\n";
}
$anon = new class {};
echo get_debug_type($anon), "\n";
$anon2 = new class extends A {};
echo get_debug_type($anon2), "\n";
$anon3 = new class implements Countable { function count(): int { return 0; } };
echo get_debug_type($anon3), "\n";

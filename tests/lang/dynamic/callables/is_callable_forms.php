<?php
// is_callable(): functions (any case), methods by string and array, visibility from outside,
// magic __call/__callStatic, invokable objects, closures, malformed arrays
function f() {}
class A {
    function m() {} static function s() {} private function p() {} protected function q() {}
    function __invoke() {}
}
class B { function __call($n, $a) {} }
class C { static function __callStatic($n, $a) {} }
$o = new A;
$tests = ['f', 'F', 'nope', 'strlen', 'A::m', 'A::s', 'A::p', 'A::nope', [$o, 'm'], [$o, 'p'], [$o, 'q'], ['A', 's'],
    ['A', 'm'], [new B, 'anything'], ['B', 'anything'], ['C', 'x'], 'C::x', $o, new B, fn() => 1, [1, 2], [$o], 42,
    null, 'A::', '::m'];
foreach ($tests as $i => $t) {
    echo $i, ": ";
    var_dump(is_callable($t));
}
var_dump(is_callable('Closure::fromCallable'), is_callable([new ArrayObject, 'count']));

<?php
// is_callable() with syntax_only and the callable_name out-parameter for every kind of value
function f() {}
class A { function m() {} static function s() {} function __invoke() {} }
$o = new A;
$tests = ['f', 'nope', 'A::s', 'a::S', 'A::nope', [$o, 'm'], [$o, 'zz'], ['A', 's'], ['a', 'x'], ['Nope', 'x'], $o, fn() => 1,
  [1, 2], [$o], 42, null, 1.5, true, [$o, 'm', 3], ['x' => $o, 'y' => 'm'], new stdClass, [$o, 5], [5, 'm']];
foreach ($tests as $t) {
    var_dump(is_callable($t, false, $name), $name, is_callable($t, true, $n2), $n2);
}

<?php
// calling values: string functions, 'A::m' strings, [$obj, 'm'] and ['A', 'm'] arrays,
// invokable objects, closures, first-class callables, all with named arguments too
function f($a, $b = 2) { return "f($a,$b)"; }
class A {
    public function m($p, $q = 'q') { return "m($p,$q)"; }
    public static function s($z = 'z') { return "s($z)"; }
    public function __invoke($x) { return "invoke($x)"; }
}
$o = new A;
$calls = ['f', 'F', 'A::s', [$o, 'm'], ['A', 's'], [$o, 's'], $o, fn($v) => "arrow($v)", f(...), $o->m(...)];
foreach ($calls as $c) echo $c(1), "\n";
$f = 'f';
echo $f(b: 3, a: 1), "\n";
$m = [$o, 'm'];
echo $m(q: 'Q', p: 'P'), "\n";
echo 'A::s'(z: 'named'), "\n";
echo [$o, 'm'](p: 'literal'), "\n";
$name = 'm';
echo $o->$name(p: 'dyn', q: 'Q'), "\n";
$s = 's';
echo A::$s(z: 'static'), "\n";
echo (new A)(x: 'new'), "\n";
try {
    $f(zz: 1);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

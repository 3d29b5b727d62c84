<?php
// first-class callables and Closure::fromCallable from dynamic names: $f(...), $o->$m(...),
// $c::$s(...), 'A::s'(...) and arrays
class A {
    private $secret = 's';
    public function m($x) { return "m$x$this->secret"; }
    public static function s($x) { return "s$x"; }
}
function plain($x) { return "plain$x"; }
$o = new A; $m = 'm'; $s = 's'; $c = 'A'; $f = 'plain';
$list = [$f(...), $o->$m(...), $c::$s(...), 'A::s'(...), [$o, 'm'](...), Closure::fromCallable('A::s'),
    Closure::fromCallable([$o, 'm']), Closure::fromCallable($f)];
foreach ($list as $cl) echo get_class($cl), ' ', $cl(1), "\n";
try {
    Closure::fromCallable('A::nope');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

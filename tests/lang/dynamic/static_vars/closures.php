<?php
// static variables in closures: per closure object, copied by clone and at bind; per creation
$c = function () { static $x = 0; return ++$x; };
echo $c(), $c(), "\n";
$same = $c;
echo $same(), "\n";
$copy = clone $c;
echo $copy(), $copy(), ' ', $c(), "\n";
function make() { return function () { static $y = 0; return ++$y; }; }
$f1 = make(); $f2 = make();
echo $f1(), $f1(), $f2(), "\n";
class K { public $v = 'k'; }
$bound = Closure::bind(function () { static $calls = 0; return ++$calls . $this->v; }, new K, K::class);
echo $bound(), $bound(), "\n";
$arrow = fn() => $c();
echo $arrow(), "\n";

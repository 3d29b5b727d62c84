<?php
trait Registry {
    public static $items = [];
    public static function add($x) { static::$items[] = $x; }
}
class A { use Registry; }
class B { use Registry; }
A::add(1); A::add(2); B::add(3);
print_r(A::$items);
print_r(B::$items);
function counter() { static $n = 0; return ++$n; }
trait WithStaticVar { public function tick() { static $n = 0; return ++$n; } }
class X { use WithStaticVar; }
class Y { use WithStaticVar; }
$x = new X; $y = new Y;
echo $x->tick(), $x->tick(), $y->tick(), "\n";

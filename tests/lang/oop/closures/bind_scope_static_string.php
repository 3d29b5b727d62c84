<?php
class A { private $v = 'A-private'; public function getClosure() { return function () { return static::class . ':' . $this->v; }; } }
class B extends A {}
$c = (new A)->getClosure();
echo $c(), "\n";
$b = $c->bindTo(new B);
echo $b(), "\n";
$keep = $c->bindTo(new B, 'static');
echo $keep(), "\n";
$other = Closure::bind(function () { return get_class($this); }, new B, 'B');
echo $other(), "\n";
$f = function () { return self::class; };
echo Closure::bind($f, null, new B)(), "\n";

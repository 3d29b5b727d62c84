<?php
class P { public static function create() { return static function () { return static::class; }; } }
class C extends P {}
$f = C::create();
echo $f(), "\n";
echo P::create()(), "\n";
$g = Closure::bind($f, null, P::class);
echo $g(), "\n";
class Q { private static $hidden = 'Q-hidden'; }
$peek = fn() => static::$hidden;
echo Closure::bind($peek, null, Q::class)(), "\n";

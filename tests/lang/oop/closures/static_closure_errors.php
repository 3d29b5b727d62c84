<?php
class A { public $x = 1; }
$s = static function () { return isset($this) ? 'this' : 'no this'; };
echo $s(), "\n";
$r = @Closure::bind($s, new A);
var_dump($r);
$r2 = $s->bindTo(new A);
var_dump($r2);
$ok = $s->bindTo(null, A::class);
echo $ok(), "\n";
try { $s->call(new A); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

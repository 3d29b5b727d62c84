<?php
class Counter { private $count = 10; protected static $label = 'ctr'; }
$peek = function () { return $this->count; };
$bound = Closure::bind($peek, new Counter, Counter::class);
echo $bound(), "\n";
$inc = function ($by) { $this->count += $by; return $this->count; };
$c = new Counter;
$i = $inc->bindTo($c, $c);
echo $i(5), " ", $i(5), "\n";
$static = static fn() => static::$label . ' ' . self::class;
echo Closure::bind($static, null, Counter::class)(), "\n";
$noScope = $peek->bindTo(new Counter);
try { $noScope(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$unbound = function () { return isset($this) ? get_class($this) : 'unbound'; };
echo $unbound(), " ", $unbound->bindTo(new ArrayObject)(), "\n";

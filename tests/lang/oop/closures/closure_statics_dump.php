<?php
$counter = function () { static $n = 0, $calls; $n++; $calls[] = $n; return $n; };
$counter();
$counter();
var_dump($counter);
$copy = $counter->bindTo(null);
echo $copy(), " ", $counter(), "\n";
$y = 'cap';
$both = function () use ($y) { static $seen = []; $seen[] = $y; return count($seen); };
$both();
print_r($both);
echo "\n";
trait T { public function tc() { return function () { return __CLASS__ . ' ' . self::class; }; } }
class U { use T; }
class V { use T; }
$c = (new U)->tc();
echo $c(), "\n";
echo Closure::bind($c, new V, V::class)(), "\n";

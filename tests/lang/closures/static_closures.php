<?php
$f = static function ($x) { return $x + 1; };
var_dump($f(1));
$g = static fn($x) => $x * 3;
var_dump($g(2));
function gen() {
    return static function () {
        static $calls = 0;
        return ++$calls;
    };
}
$c = gen();
echo $c(), $c(), $c(), "\n";

<?php
class A {
    public function __get($n) { return 'x'; }
}
try { echo A::$foo; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class B { public static function __callStatic($n, $a) { return "static $n"; } public function __call($n, $a) { return "inst $n"; } public function t() { return self::foo(); } }
echo (new B)->t(), "\n";
echo B::foo(), "\n";

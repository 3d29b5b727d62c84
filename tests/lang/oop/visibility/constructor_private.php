<?php
class Singleton {
    private static ?Singleton $inst = null;
    private function __construct() { echo "created\n"; }
    public static function get(): static { return self::$inst ??= new static(); }
}
$a = Singleton::get();
$b = Singleton::get();
var_dump($a === $b);
try { new Singleton; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

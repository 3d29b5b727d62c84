<?php
trait Make {
    public function __construct(public array $data = []) { echo "trait ctor in ", self::class, "\n"; }
    public static function of(...$d) { return new static($d); }
}
class Bag { use Make; }
$b = Bag::of(1, 2, 3);
echo count($b->data), "\n";
try { T2::f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
trait T2 { public static function f() { return 'direct'; } }
echo T2::f(), "\n";

<?php
// new with a class name from a variable, an expression, an object, a static/self name, arguments too
namespace App;
class Point {
    public function __construct(public $x = 0, public $y = 0) {}
    public static function make() { return [new static(1), new self(2)]; }
}
class Point3 extends Point {}
$name = 'App\Point';
$p1 = new $name(1, 2);
$p2 = new (trim('  App\Point3  '))(y: 9);
$p3 = new $p1;
$classes = ['short' => Point::class];
$p4 = new $classes['short'];
var_dump($p1, $p2, $p3, $p4, Point3::make());
try {
    $missing = 'App\Missing';
    new $missing;
} catch (\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

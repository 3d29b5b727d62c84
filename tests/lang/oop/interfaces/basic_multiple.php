<?php
interface Shape { const SIDES = 0; public function area(): float; }
interface Named { public function name(): string; }
interface Polygon extends Shape { const SIDES = 3; }
class Tri implements Polygon, Named {
    public function area(): float { return 1.5; }
    public function name(): string { return 'tri'; }
}
$t = new Tri;
var_dump($t instanceof Shape, $t instanceof Polygon, $t instanceof Named);
echo Tri::SIDES, " ", Shape::SIDES, " ", $t::SIDES, "\n";
print_r(class_implements($t));
var_dump(interface_exists('Named'), interface_exists('Tri'), class_exists('Named'));

<?php
namespace Calc;
class Ops { public static function double($x) { return $x * 2; } public function triple($x) { return $x * 3; } }
print_r(array_map([Ops::class, 'double'], [1, 2]));
print_r(array_map('Calc\Ops::double', [3]));
print_r(array_map([new Ops, 'triple'], [4]));
print_r(array_map(Ops::double(...), [5]));
print_r(array_map('strrev', ['ab']));
try { array_map('Ops::double', [1]); } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }

<?php
$a = ['a' => 'green', 'b' => 'brown', 'c' => 'blue', 'red', 'X' => 'x'];
$b = ['a' => 'GREEN', 'B' => 'brown', 'yellow', 'red', 'x' => 'x'];
$ci = fn($x, $y) => strcasecmp($x, $y);
$cmp = fn($x, $y) => $x <=> $y;
print_r(array_diff_uassoc($a, $b, $ci));
print_r(array_udiff_assoc($a, $b, $ci));
print_r(array_udiff_uassoc($a, $b, $ci, $ci));
print_r(array_intersect_uassoc($a, $b, $ci));
print_r(array_uintersect_assoc($a, $b, $ci));
print_r(array_uintersect_uassoc($a, $b, $ci, $ci));
print_r(array_udiff_assoc($a, $b, ['red'], 'strcmp'));
print_r(array_uintersect_assoc([1, 2, 3], [1, 5, 3], [1, 2, 3], $cmp));
print_r(array_udiff_assoc([1], 'strcmp'));
print_r(array_change_key_case(['Ab' => 1, 'aB' => 2, 5 => 'x', 'ÄB' => 3]));
print_r(array_change_key_case(['Ab' => 1, 'aB' => 2, 5 => 'x'], CASE_UPPER));
print_r(array_change_key_case([]));
foreach ([
    fn() => array_udiff_assoc([1]),
    fn() => array_udiff_uassoc([1], [2], 'strcmp'),
    fn() => array_diff_uassoc([1], 5, 'strcmp'),
    fn() => array_intersect_uassoc([1], [1], 'nope'),
    fn() => array_change_key_case("x"),
] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { array_walk($undef, 'strlen'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $i = 3; array_walk($i, 'strlen'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

<?php
function apply(array $items, callable $fn) {
    $out = [];
    foreach ($items as $k => $v) $out[$k] = $fn($v);
    return $out;
}
print_r(apply([1, 2, 3], fn($x) => $x ** 2));
print_r(apply(['a', 'b'], 'strtoupper'));
function named($s) { return "<$s>"; }
print_r(apply(['x'], 'named'));
$prefix = '#';
print_r(apply([1, 2], function ($v) use ($prefix) { return $prefix . $v; }));

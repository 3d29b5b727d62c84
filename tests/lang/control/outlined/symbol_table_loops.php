<?php
// Loops in code whose variables live in a symbol table (the top level, functions using include,
// extract or compact) run as methods of their own too.
for ($i = 0; $i < 3; $i++) {
    include __DIR__ . '/inc/bump.php';
}
foreach (['a', 'b'] as $name) {
    $$name = strtoupper($name);
    for ($j = 0; $j < 2; $j++) {
        ${$name . $j} = "$name$j";
    }
}
echo "$counter $a $b $a1 $b0\n";
print_r($fromInclude);

function scoped(array $vars) {
    foreach ($vars as $k => $v) {
        extract([$k => $v * 2]);
    }
    $names = [];
    foreach ($vars as $k => $v) {
        foreach ([1, 2] as $n) $names[] = $k . $n;
    }
    for ($i = 0; $i < 2; $i++) {
        include __DIR__ . '/inc/bump.php';
    }
    print_r(compact('x', 'y', 'names', 'counter'));
    unset($x);
    for ($i = 0; $i < 1; $i++) {
        var_dump(isset($x), get_defined_vars()['y']);
    }
}
scoped(['x' => 1, 'y' => 2]);
$total = 0;
while ($total < 5) {
    $total += 2;
    foreach ([1] as $one) {
        $GLOBALS['total'] += $one;
    }
}
echo "total $total\n";

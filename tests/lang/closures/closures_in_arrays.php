<?php
$ops = [
    'add' => function ($a, $b) { return $a + $b; },
    'mul' => fn($a, $b) => $a * $b,
    'len' => 'strlen',
];
echo $ops['add'](2, 3), "\n";
echo $ops['mul'](2, 3), "\n";
echo $ops['len']("four"), "\n";
foreach ($ops as $name => $op) {
    if ($name !== 'len') echo $name, ": ", $op(6, 7), "\n";
}
$fns = [];
for ($i = 0; $i < 3; $i++) {
    $fns[] = function () use ($i) { return $i * 10; };
}
foreach ($fns as $fn) echo $fn(), " ";
echo "\n";

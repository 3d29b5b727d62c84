<?php
// foreach by value iterates a copy of the array: writes in the body do not change the iteration,
// and after the loop (normal end or break) the array is written as usual.
$a = [1, 2, 3];
foreach ($a as $v) {
    $a[] = $v * 10;
    echo $v, " ";
}
echo "| ", implode(",", $a), "\n";
$b = $a;
foreach ($a as $k => $v) {
    if ($k == 2) break;
}
$a[0] = 100;
echo implode(",", $a), " | ", implode(",", $b), "\n";
foreach ($a as $x) {
    foreach ($a as $y) {
        if ($y == 2) { $a[1] = -1; break; }
    }
}
echo implode(",", $a), "\n";
$c = ["x" => [1, 2], "y" => [3]];
foreach ($c as $k => $inner) {
    foreach ($inner as $v) $c[$k][] = $v + 100;
}
echo json_encode($c), "\n";
function f(array $p) {
    foreach ($p as $v) { if ($v > 1) return $v; }
    return 0;
}
$d = [1, 2, 3];
echo f($d), "\n";
$d[] = 4;
echo implode(",", $d), "\n";
$e = [1, 2];
$r = &$e;
foreach ($e as $v) { $r[] = 9; }
echo implode(",", $e), "\n";
$g = ['a', 'b'];
foreach ($g as $v) {}
foreach ($g as $v) { $g[] = $v; }
$h = $g;
$g[] = 'z';
echo implode(",", $g), " | ", implode(",", $h), "\n";
foreach (5 as $v) {}
echo "done\n";

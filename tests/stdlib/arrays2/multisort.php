<?php
$data = [3, 1, 2, 1];
$other = ['c', 'a', 'b', 'z'];
var_dump(array_multisort($data, $other));
print_r($data); print_r($other);

$a1 = [10, 100, 100, 0];
$a2 = [1, 3, 2, 4];
array_multisort($a1, $a2);
print_r($a1); print_r($a2);

$ar = [[ "10", 11, 100, 100, "a"], [1, 2, "2", 3, 1]];
array_multisort($ar[0], SORT_ASC, SORT_STRING, $ar[1], SORT_NUMERIC, SORT_DESC);
var_dump($ar);

$k = ['x' => 3, 5 => 1, 'y' => 2, 9 => 0];
array_multisort($k);
print_r($k);

$s = ['b', 'B', 'a', 'C'];
array_multisort($s, SORT_STRING | SORT_FLAG_CASE, SORT_DESC);
print_r($s);
$nat = ['img12', 'img10', 'img2', 'IMG1'];
array_multisort($nat, SORT_NATURAL);
print_r($nat);
$e = [];
var_dump(array_multisort($e));

$vol = [67, 86, 85, 98, 86, 67];
$ed = [2, 1, 6, 2, 6, 7];
array_multisort($vol, SORT_DESC, $ed, SORT_ASC);
echo implode(",", $vol), " | ", implode(",", $ed), "\n";

foreach ([
    fn() => array_multisort($x5),
    function () { $x = 5; return array_multisort($x); },
    function () { $a = [1]; return array_multisort($a, SORT_DESC, SORT_ASC); },
    function () { $a = [1]; return array_multisort($a, SORT_STRING, SORT_NUMERIC); },
    function () { $a = [1]; return array_multisort($a, 99); },
    function () { $a = [1]; $b = [1, 2]; return array_multisort($a, $b); },
    function () { $a = [1]; return array_multisort($a, "x"); },
] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$f = 'array_multisort';
$d = [3, 2, 1];
$f($d);
print_r($d);

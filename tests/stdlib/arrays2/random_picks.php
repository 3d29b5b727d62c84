<?php
mt_srand(3);
$a = range(1, 10);
var_dump(shuffle($a));
echo implode(",", $a), "\n";
$h = ['x' => 1, 'y' => 2, 'z' => 3];
shuffle($h);
print_r($h);
mt_srand(42);
for ($i = 0; $i < 5; $i++) echo array_rand(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4]), " ";
echo "\n";
print_r(array_rand(range(0, 9), 3));
print_r(array_rand(range(0, 9), 8));
print_r(array_rand(['p' => 1, 'q' => 2], 2));
echo mt_rand(), "\n";
$e = [];
shuffle($e);
var_dump($e);
foreach ([fn() => array_rand([]), fn() => array_rand([1, 2], 3), fn() => array_rand([1, 2], 0), fn() => array_rand([1], -1)] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { $s = "str"; shuffle($s); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

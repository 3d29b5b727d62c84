<?php
// foreach targets that are properties and static properties, by value and by reference
class A {
    public static $x;
    public static int $n = 0;
    public $p;
    public $q = [];
    public int $i = 0;
}
$o = new A;

foreach ([1, 2, 3] as A::$x) { echo A::$x, " "; }
echo "\n";
foreach ([4, 5] as $o->p) { echo $o->p, " "; }
echo "\n";
foreach (['a' => 6, 'b' => 7] as $k => $o->p) { echo $k, "=", $o->p, " "; }
echo "\n";
foreach (['c' => 8, 'd' => 9] as $o->q['key'] => A::$x) { echo $o->q['key'], "=", A::$x, " "; }
echo "\n";
foreach ([3, 4] as $o->q[]) {}
var_dump($o->q);

$arr = [1, 2];
foreach ($arr as &$o->p) { $o->p *= 10; }
$o->p = 99;
var_dump($arr);

$arr = [1, 2];
foreach ($arr as &A::$x) { A::$x++; }
A::$x = 88;
var_dump($arr);

$arr = ['u' => 1, 'v' => 2];
foreach ($arr as $k => &A::$x) { echo $k; }
echo "\n";
A::$x = 77;
var_dump($arr);

// typed targets coerce or throw
foreach (['5', '6'] as A::$n) { var_dump(A::$n); }
foreach (['7', '8'] as $o->i) { var_dump($o->i); }
try {
    foreach (['x'] as $o->i) {}
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
$ints = [1, 2];
foreach ($ints as &$o->i) {}
$o->i = 5;
try {
    $o->i = 'str';
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($ints);

// a nested object target
$o->p = new A;
$arr = [10, 20];
foreach ($arr as &$o->p->p) {}
$o->p->p = 30;
var_dump($arr);

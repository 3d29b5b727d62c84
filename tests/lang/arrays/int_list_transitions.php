<?php
// Lists of ints (stored unboxed by phpgoc) must behave as any array through every kind of write.
$a = [];
for ($i = 0; $i < 20; $i++) $a[] = $i * 7 % 5;
$b = $a;            // copy-on-write
$b[] = 99;
$b[0] = -1;
echo count($a), " ", count($b), " ", $a[0], " ", $b[0], " ", $b[20], "\n";
$c = $a;
$c[] = "str";       // leaves the int list
$c[3] = 1.5;
var_dump($a[3], $c[3], $c[20]);
$d = [1, 2, 3];
$d[] = 4;
$r = &$d[1];        // a reference element
$r = 20;
$e = $d;
$r = 30;
echo implode(",", $d), " | ", implode(",", $e), "\n";
$f = [];
$f[] = 5; $f[] = 6; $f[] = 7;
unset($f[2]);       // last: php keeps the next index
$f[] = 8;
print_r($f);
unset($f[0]);
$f[] = 9;
print_r($f);
$g = [];
$g[] = 1; $g[] = 2;
foreach ($g as &$v) $v *= 10;
unset($v);
print_r($g);
$h = [];
foreach ([3, 1, 2, 3, -5, PHP_INT_MAX, PHP_INT_MIN, 0] as $x) $h[] = $x;
$s = $h;
sort($s);
echo implode(",", $s), "\n";
rsort($s);
echo implode(",", $s), "\n";
$k = $h;
asort($k);
print_r($k);
echo implode(",", $h), "\n";
$m = [];
$m[] = 1;
$m["x"] = 2;
$m[] = 3;
print_r($m);
$n = [];
$n[] = 1;
$n[5] = 2;
$n[] = 3;
print_r($n);
$o = [];
$o[] = 1;
$o[] = [2];
$o[1][] = 3;
echo json_encode($o), "\n";
$p = [];
$p[] = 1;
$p[0] = null;
var_dump($p);
$q = [1, 2];
$q2 = [];
foreach ($q as $x) $q2[] = $x;
var_dump($q == $q2, $q === $q2, array_sum($q2), in_array(2, $q2, true), array_search(2, $q2));
$t = [];
$t[] = 10; $t[] = 20;
echo array_pop($t), " ", count($t), " ", array_shift($t), " ", count($t), "\n";
$t[] = 30;
print_r($t);
$u = [];
for ($i = 0; $i < 5; $i++) $u[] = $i;
$w = $u;
foreach ($u as $k2 => $x) { if ($k2 == 1) $u[] = 100; }
echo implode(",", $u), " | ", implode(",", $w), "\n";

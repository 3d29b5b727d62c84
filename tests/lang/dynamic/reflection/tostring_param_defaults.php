<?php
// ReflectionParameter::__toString(): defaults php folds at compile time print as values
// (NULL, 1.0, 'a\n', [0 => 1, 'a' => ...]), others as their source (FOO + 1, new \K()).
const FOO = 1;
class K { const X = 2; }
function f($a = null, $b = true, $c = 1.5, $d = -3, $e = 'it\'s long string here', $f = [1, 'a' => [2, null], 3 => false],
  $g = FOO, $h = K::X, $i = PHP_INT_MAX, $j = 1 + 2, $k = FOO + 1, $l = new K, $m = [FOO, 2], $n = E_ALL, $o = "a\nb\\c",
  $p = 1.0, $q = -0.5, $r = 1e100, $s = M_PI, $t = __LINE__, $u = [], $v = ['x' => 1], $w = K::class, $x = null ?? 5,
  $y = FOO ? 1 : 2, $z = \FOO, $aa = (FOO + 1) * 2, $bb = -FOO, $cc = [FOO => 'x\'y'], $dd = 2 ** 3 ** 2, $ee = 'a' . 'b',
  $ff = [1, 2, 3], $gg = [5 => 'a', 'b'], $hh = 0.1 + 0.2, $ii = !FOO, $jj = FOO ?: 3, $kk = K::X . 'x') {}
foreach ((new ReflectionFunction('f'))->getParameters() as $p) echo $p, "\n";

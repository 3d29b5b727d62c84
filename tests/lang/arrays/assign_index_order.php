<?php
// $a[i()] = v(): php evaluates index expressions before the value; a plain variable index is read last.
$i = 0; $a = []; $a[$i] = ++$i; var_dump($a);
$i = 0; $b = []; $b[$i++] = $i++; var_dump($b);
$i = 0; $c = ['x' => []]; $c['x'][$i++] = $i++; var_dump($c);
class O { public $p = []; } $o = new O; $i = 0; $o->p[$i++] = $i++; var_dump($o->p);
$i = 0; $d = []; $d[$i++][$i++] = $i++; var_dump($d);
function k() { echo "k "; return 1; } function v() { echo "v "; return 2; }
$e = []; $e[k()] = v(); echo "\n";
$f = [[]]; $f[0][k()] = v(); echo "\n";
$o->p[k()] = v(); echo "\n";
$s = 'abc'; $j = 0; $s[$j++] = $j; var_dump($s);

<?php
class A { function m(&$a, $b = 0, &...$rest) { $a .= "m$b"; foreach ($rest as &$r) $r .= 'R'; }
  static function s(&$a) { $a .= 's'; } function __construct(&$c = null) { $c .= 'ctor'; } }
function f(&$a) { $a .= 'f'; }
function g() {
  $o = new A;
  $list = ['p', 1, 'q', 'r'];
  $copy = $list;
  $o->m(...$list);
  A::s(...$list);
  new A(...$list);
  f(...$list);
  print_r($list); print_r($copy);
  $n = 'x';
  $o->m(...$n);
}
try { g(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$k = ['a' => 'named'];
(new A)->m(...$k);
print_r($k);
$a = ['x'];
$b = ['y', 'z'];
(new A)->m(...$a, ...$b);
print_r($a);
print_r($b);
function h(&$p, &$q) { $p .= 'h'; $q .= 'h'; }
$c = [1, 2];
$d = $c;
h(...$c);
var_dump($c, $d);
$fn = 'h';
$fn(...$d);
var_dump($d);

<?php
// $r = &call_user_func(...) binds the reference a function &f() returns; other callables give php's notice
function &counter() { static $v = 1; return $v; }
$r = &call_user_func('counter');
$r = 5;
var_dump(counter());
$c = function &() { static $w = 'a'; return $w; };
$q = &call_user_func($c);
$q .= 'b';
var_dump($c());
function plain($x) { return $x * 2; }
$p = &call_user_func('plain', 21);
var_dump($p);
$y = &call_user_func('strtoupper', 'a');
var_dump($y);
try { $z = &call_user_func('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function &first(array &$a) { return $a[0]; }
$arr = [1, 2];
$x = &call_user_func_array('first', [&$arr]);
$x = 9;
var_dump($arr);
$n = &call_user_func_array('plain', ['x' => 4]);
var_dump($n);

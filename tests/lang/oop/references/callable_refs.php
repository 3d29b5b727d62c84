<?php
class A {
    function m(&$a, $b = 0) { $a .= "m$b"; }
    static function s(&$a) { $a .= 's'; }
    function __invoke(&$x) { $x .= 'inv'; }
    function __call($n, $args) { $args[0] .= 'magic'; echo "$n\n"; }
}
function f(&$r, ...$rest) { $r .= 'f' . count($rest); }
$o = new A;
$x = 'x';
call_user_func_array([$o, 'm'], [&$x, 1]);
call_user_func_array('A::s', [&$x]);
call_user_func_array([new A, 's'], [&$x]);
call_user_func_array($o, [&$x]);
call_user_func_array('f', [&$x, 1, 2]);
echo $x, "\n";
$args = ['a' => &$x, 'b' => 2];
call_user_func_array([$o, 'm'], $args);
echo $x, "\n";
call_user_func_array([$o, 'm'], ['b' => 3, 'a' => &$x]);
echo $x, "\n";
call_user_func([$o, 'm'], $x);
call_user_func('A::s', $x);
call_user_func('f', $x);
call_user_func(function (&$c) { $c = 'closure'; }, $x);
echo $x, "\n";
call_user_func_array([$o, 'nothing'], [&$x]);
echo $x, "\n";
$f = [$o, 'm'];
$f($x, 3);
echo $x, "\n";
$g = 'A::s';
$g($x);
echo $x, "\n";
$arr = [1, 2];
array_walk($arr, [$o, 'm']);
print_r($arr);
$y = 'y';
$o->m(...[&$y]);
echo $y, "\n";
A::s(...[&$y]);
echo $y, "\n";
$h = $o->m(...);
$h($y, 4);
echo $y, "\n";

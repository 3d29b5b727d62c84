<?php
function f($a, $b = 2, ...$rest) { var_dump($a, $b, $rest); }
call_user_func_array('f', ['b' => 5, 'a' => 1]);
call_user_func_array('f', [1, 'x' => 9]);
try { call_user_func_array('f', ['a' => 1, 2]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { call_user_func_array('strlen', ['nope' => 1]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class A { function m($p, $q = 'q') { return "$p$q"; } static function s(...$all) { return json_encode($all); } }
echo call_user_func_array([new A, 'm'], ['q' => 'Q', 'p' => 'P']), "\n";
echo call_user_func_array('A::s', [1, 'k' => 2]), "\n";
echo call_user_func_array(fn($x, $y) => $x - $y, ['y' => 1, 'x' => 10]), "\n";

<?php
class A { private $p = 1; protected $q = 2; public $r = 3;
  static function m() { $f = 'get_called_class'; var_dump($f()); return array_map('get_object_vars', [new A]); }
  function n() { $f = 'get_class_vars'; return $f('A'); }
  static function fw() { return forward_static_call('get_called_class'); }
}
class B extends A {}
foreach (['define','defined','constant','function_exists','get_object_vars','get_called_class','get_class_vars','forward_static_call','forward_static_call_array'] as $f) var_dump(function_exists($f), is_callable($f));
$f = 'define'; var_dump($f('X', 5), $f('X', 6));
$f = 'defined'; var_dump($f('X'), $f('Y'), $f('PHP_VERSION'), $f('A::Z'));
$f = 'constant'; var_dump($f('X'));
try { $f('NOPE'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
print_r(A::m());
print_r((new A)->n());
print_r(array_map('get_object_vars', [new A]));
print_r(call_user_func('get_class_vars', 'A'));
$f = 'get_called_class';
try { var_dump($f()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(call_user_func("forward_static_call", "strtoupper", "abc")); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { var_dump(call_user_func_array("forward_static_call_array", ["str_repeat", ["ab", 2]])); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(A::fw());
try { $f = 'get_object_vars'; $f(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $f = 'define'; $f('A', []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$f = 'define'; var_dump($f('Z1', [1,2]), Z1);
var_dump($f('Z2', 1, true));
var_dump(array_map('defined', ['X', 'Q']));
var_dump(array_map('constant', ['X', 'PHP_EOL']));
try { $f = "get_class_vars"; var_dump($f("Nope")); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$g = 'get_object_vars'; var_dump($g(new ArrayObject([1])));
try { $f = 'constant'; $f('A::NOPE'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $f = 'constant'; $f('Nope::NOPE'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($f('E_ALL'));
$f = 'defined'; var_dump($f('\X'));
$f = 'define'; var_dump($f('__FOO__', 1), $f('E_ALL', 2), $f('NS\\C', 3), \NS\C);
$f = 'forward_static_call'; try { $f('nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(forward_static_call_array('str_repeat', ['ab', 2]));
try { forward_static_call('strlen', 'x'); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(define('Q1', 1, false));
var_dump(define('Q2', 1, true));
try { define('A::B', 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$f='define'; try { $f('A::B', 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { get_class_vars('Nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(is_callable('get_called_class'), function_exists('\\defined'));

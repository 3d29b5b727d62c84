<?php
// call_user_func/call_user_func_array with every callable form, named arguments in the array,
// references in the array, magic __call/__callStatic, and the errors for bad callbacks
function add($a, $b = 10) { return $a + $b; }
function byref(&$x) { $x++; return $x; }
class K {
    public $v = 1;
    function m($x) { return "m$x"; }
    static function s($x) { return "s$x"; }
    function __invoke($x) { return "inv$x"; }
    function __call($n, $a) { return "__call $n " . implode(',', $a); }
    static function __callStatic($n, $a) { return "__callStatic $n " . implode(',', $a); }
}
echo call_user_func('add', 1, 2), "\n";
echo call_user_func_array('add', [1]), "\n";
echo call_user_func_array('add', ['b' => 5, 'a' => 1]), "\n";
echo call_user_func_array('add', [1, 'b' => 7]), "\n";
$o = new K;
echo call_user_func([$o, 'm'], 1), "\n";
echo call_user_func(['K', 's'], 2), "\n";
echo call_user_func('K::s', 3), "\n";
echo call_user_func($o, 4), "\n";
echo call_user_func([$o, 'zz'], 4, 5), "\n";
echo call_user_func(['K', 'yy'], 6), "\n";
echo call_user_func(fn($x) => $x * 2, 21), "\n";
echo call_user_func('strtoupper', 'abc'), "\n";
echo call_user_func_array('str_replace', ['a', 'b', 'aaa']), "\n";
echo call_user_func_array('str_replace', ['subject' => 'xax', 'search' => 'a', 'replace' => 'Q']), "\n";
$n = 1;
$args = [&$n];
call_user_func_array('byref', $args);
echo $n, "\n";
call_user_func('byref', $n);
echo $n, "\n";
try { call_user_func('nope'); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { call_user_func([$o, 'priv']); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { call_user_func_array('add', ['zz' => 1]); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { call_user_func_array('add', ['a' => 1, 2]); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { call_user_func_array('add', []); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { call_user_func(['Nope', 'x']); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { call_user_func(42); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { call_user_func([1,2,3]); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { call_user_func('K::nope'); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo call_user_func('K::nope2'), "\n";

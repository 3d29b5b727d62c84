<?php
// functions that take more arguments than they declare and read them with func_get_args():
// traces and backtraces list every argument passed
function extra2($a) { debug_print_backtrace(); return func_get_args(); }
extra2(1, 2, 3);
function withDefault($a, $b = 'd') { debug_print_backtrace(); echo json_encode(debug_backtrace()[0]['args']), "\n"; return func_num_args(); }
withDefault(1);
withDefault(1, 2, 3, [4]);
function thrower($a) { $n = func_num_args(); throw new Exception("n=$n"); }
try { thrower('x', 'y'); } catch (Exception $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
class K {
    function m($a) { debug_print_backtrace(); echo count(debug_backtrace()[0]['args']), "\n"; return func_get_args(); }
    static function s() { debug_print_backtrace(); return func_get_args(); }
}
(new K)->m(1, 2);
K::s('a', 'b', 'c');
$f = function ($a) { debug_print_backtrace(); return func_get_args(); };
$f(5, 6);
call_user_func($f, 7, 8, 9);
function gen($a) { yield func_get_args(); debug_print_backtrace(); }
foreach (gen(1, 2) as $v) echo json_encode($v), "\n";
function mixed($a, ...$rest) { debug_print_backtrace(); return func_get_args(); }
mixed(1, 2, 3);
$g = fn($x) => [debug_print_backtrace(), func_get_args()];
$g(1, 2);

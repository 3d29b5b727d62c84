<?php
// traces and backtraces list the extra arguments a function does not declare (php keeps them in
// its frame), for every kind of call; a thrown exception leaves no stale entry behind
require __DIR__ . '/inc/extra_callees.inc';
function report() {
    debug_print_backtrace();
    echo json_encode(debug_backtrace()[1]['args'] ?? 'no args'), "\n";
}
noParams(1, 'two');
oneParam(1, 2, [3]);
withDefault(1, 2, 3);
$f = 'oneParam';
$f('a', 'b');
call_user_func('noParams', 7, 8);
call_user_func_array('withDefault', [1, 2, 3, 4]);
(new Callee(1, 2))->m('x', 'y');
(new Callee(0))->none(true, null);
Callee::s(1.5);
$o = new Callee(0);
$name = 'm';
$o->$name(1, 2, 3);
[$o, 'none'](9);
$c = function ($v) { report(); };
$c(1, 2);
$arr = ['k' => 'v'];
array_walk($arr, $c);
array_walk($arr, $c, 'third');
$a = fn() => report();
$a('arrow');
foreach (gen0('g0') as $_) { }
function catcher($x) {
    try { thrower(1, 2); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
    try { $t = 'thrower'; $t(3); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
    try { (new Callee(0))->fail('f'); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
    try { foreach (gen(1, 2) as $_) { } } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
    oneParam($x);
}
catcher('c', 'extra');
function recurse($n) { return $n > 0 ? recurse($n - 1, "x$n") : report(); }
recurse(2, 'first');
function variadic($a, ...$rest) { report(); }
variadic(1, 2, 3);
echo "done\n";

<?php
// one call site seeing many callables in turn (the per-site cache must not mix them up),
// a function defined after a failed call, and a method redefined in a subclass
function one() { return 1; }
function two() { return 2; }
class P { public function v() { return 'P'; } public static function st() { return 'P::st'; } }
class Q extends P { public function v() { return 'Q'; } public static function st() { return 'Q::st'; } }
$out = [];
$callables = ['one', 'two', [new P, 'v'], [new Q, 'v'], 'P::st', 'Q::st', 'one', [new Q, 'v'], 'strtoupper', 'three'];
foreach ($callables as $c) {
    try {
        $out[] = $c('x');
    } catch (Error $e) {
        $out[] = $e->getMessage();
        if (!function_exists('three')) {
            eval('function three() { return 3; }');
        }
    }
}
echo implode(", ", $out), "\n";
$out = [];
foreach (['one', 'two', 'three', [new P, 'v'], [new Q, 'v'], 'Q::st'] as $c) {
    $out[] = call_user_func($c);
    $out[] = call_user_func_array($c, []);
}
echo implode(", ", $out), "\n";

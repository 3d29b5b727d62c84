<?php
// compact() with nested arrays of names and undefined names; extract() with flags; get_defined_vars()
function f() {
    $a = 1; $b = [2]; $c = 'c';
    var_dump(compact('a', ['b', ['c']], 'nope'));
    $names = ['a', 'c'];
    var_dump(compact($names));
    var_dump(compact(5));
    $n = extract(['a' => 'new a', 'd' => 'dd'], EXTR_SKIP);
    var_dump($n, $a, $d);
    extract(['a' => 'pre'], EXTR_PREFIX_ALL, 'p');
    var_dump($p_a);
    return get_defined_vars();
}
var_dump(array_keys(f()));
function g($p, &$q) { $z = 1; return get_defined_vars(); }
$qq = 3;
var_dump(g(1, $qq));

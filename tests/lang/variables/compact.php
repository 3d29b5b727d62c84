<?php
function f() {
    $a = 1; $b = [2]; $n = null; $obj = new stdClass;
    $r = compact('a', ['b', ['n']], 'missing', 'obj');
    var_dump($r);
    $r['b'][] = 3;
    var_dump($b);
    var_dump(compact(5, 'a', null));
    $ref = &$a;
    var_dump(compact('ref'));
}
f();
$g = 'global';
print_r(compact('g'));
$fn = fn() => compact('g');
var_dump($fn());
$used = fn() => [$g, compact('g')];
print_r($used());

<?php
function order($p, &$q) {
    if (false) { $late = 1; }
    $first = 1;
    $late = 2;
    $arr = [1];
    $undefinedLater = null;
    unset($undefinedLater);
    $vars = get_defined_vars();
    $vars['arr'][] = 2;
    var_dump($vars, $arr);
    $$p = 'dynamic';
    print_r(array_keys(get_defined_vars()));
}
$outer = 1;
order('dyn', $outer);

function nothing() { return get_defined_vars(); }
var_dump(nothing());

class C {
    private $x = 1;
    function m($arg) { $local = $arg; return get_defined_vars(); }
    static function s() { $y = 2; return get_defined_vars(); }
}
var_dump((new C)->m('a'), C::s());

$captured = 'c';
$fn = function ($a) use ($captured) { $b = 2; return get_defined_vars(); };
var_dump($fn(1));
$arrow = fn($z) => get_defined_vars();
var_dump($arrow(3));

$g1 = 1;
$g2 = [2];
$keys = array_keys(get_defined_vars());
print_r($keys);
var_dump(get_defined_vars()['g2'], count(get_defined_vars()['argv']), get_defined_vars()['argc']);

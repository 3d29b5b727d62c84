<?php
// getStaticVariables(): before the first call php shows the constant initialisers' values,
// then the current values; a static variable read while its body runs is a shared reference.
const FOO = 5;

function f($a)
{
    static $x = 1, $y = [1, 2], $z;
    static $w = FOO;
    static $k = 2 + 3 * FOO;
    $x++;
    return $x;
}

$r = new ReflectionFunction('f');
var_dump($r->getStaticVariables());
f(1);
f(2);
var_dump($r->getStaticVariables());

function g()
{
    static $s = 'start';
    $s .= '!';
    var_dump((new ReflectionFunction('g'))->getStaticVariables());
}
g();
g();
var_dump((new ReflectionFunction('g'))->getStaticVariables());

function counter() { static $calls = 0; return ++$calls; }
counter();
$fc = counter(...);
var_dump((new ReflectionFunction($fc))->getStaticVariables());
var_dump((new ReflectionFunction('strlen'))->getStaticVariables());
var_dump((new ReflectionFunction('counter'))->getClosureUsedVariables());

// the returned array is a copy
$vars = $r->getStaticVariables();
$vars['x'] = 100;
var_dump(f(3));

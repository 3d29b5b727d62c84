<?php
// Closures: getStaticVariables() lists the captured variables, then the static ones;
// getClosureUsedVariables() only the captured ones. A by-reference capture is a reference
// while the variable it came from lives. Binding a closure copies its static variables.
$u = 3;
$v = 4;
$c = function () use ($u, &$v) { static $cnt = 0; $cnt++; };
var_dump($c);
var_dump((new ReflectionFunction($c))->getStaticVariables());
$c();
var_dump((new ReflectionFunction($c))->getStaticVariables());
var_dump((new ReflectionFunction($c))->getClosureUsedVariables());
unset($v);
var_dump((new ReflectionFunction($c))->getClosureUsedVariables());

$a = fn() => $u * 2;
var_dump((new ReflectionFunction($a))->getStaticVariables());
$obj = new stdClass;
$arr = [1, 2];
$h = fn($y) => [$obj, $arr, $y];
var_dump((new ReflectionFunction($h))->getClosureUsedVariables());

class D
{
    private $p = 1;

    function make($k)
    {
        return function ($x) use ($k) {
            static $seen = [];
            $seen[] = $x;
            return $this->p;
        };
    }
}

$f = (new D)->make('key');
$f(1);
$f(2);
var_dump((new ReflectionFunction($f))->getStaticVariables());
$g = Closure::bind($f, new D, D::class);
var_dump((new ReflectionFunction($g))->getStaticVariables());
$g(3);
var_dump((new ReflectionFunction($g))->getStaticVariables());
var_dump((new ReflectionFunction($f))->getStaticVariables());

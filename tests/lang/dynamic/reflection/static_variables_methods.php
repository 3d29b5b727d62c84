<?php
// getStaticVariables() of methods: class constants in initialisers, inherited methods share
// their static variables with the parent's (php 8.1+), trait methods have theirs per using class.
trait T
{
    function t() { static $hits = 0; $hits++; return $hits; }
}

class A
{
    use T;
    const START = 10;

    function m()
    {
        static $n = self::START, $list = [self::START, 'x' => 2];
        $n++;
        return $n;
    }

    static function s() { static $q = 'a'; $q .= 'b'; }
}

class B extends A { }
class C { use T; }

$a = new A;
$b = new B;
$c = new C;
$a->t();
$a->t();
$c->t();
var_dump((new ReflectionMethod('A', 't'))->getStaticVariables());
var_dump((new ReflectionMethod('C', 't'))->getStaticVariables());
var_dump((new ReflectionMethod('B', 'm'))->getStaticVariables());
$b->m();
var_dump((new ReflectionMethod('A', 'm'))->getStaticVariables());
var_dump((new ReflectionMethod('B', 'm'))->getStaticVariables());
A::s();
var_dump((new ReflectionMethod('A::s'))->getStaticVariables());
$mc = Closure::fromCallable([$a, 'm']);
var_dump((new ReflectionFunction($mc))->getStaticVariables());
var_dump((new ReflectionMethod($a, 'm'))->getClosureUsedVariables());

<?php
namespace NS\Sub;
// every magic constant at the top level, in functions, methods, traits, closures and enums
echo __LINE__, " ", basename(__FILE__), " ", basename(__DIR__), " [", __FUNCTION__, "] [", __CLASS__, "] [",
    __METHOD__, "] [", __NAMESPACE__, "]\n";
function fn1() { return __FUNCTION__ . '|' . __METHOD__ . '|' . __CLASS__; }
echo fn1(), "\n";
trait T {
    function t() { return __CLASS__ . '|' . __TRAIT__ . '|' . __METHOD__ . '|' . __FUNCTION__; }
    function tc() { return (function () { return __CLASS__ . '|' . __FUNCTION__ . '|' . __METHOD__; })(); }
}
class A {
    use T;
    function m() { return __CLASS__ . '|' . __METHOD__ . '|' . __FUNCTION__ . '|' . __TRAIT__; }
    static function s() { return __METHOD__; }
    function cl() { return (fn() => __CLASS__ . '|' . __FUNCTION__ . '|' . __METHOD__)(); }
}
class B extends A {}
$a = new A;
echo $a->m(), "\n", A::s(), "\n", $a->t(), "\n", (new B)->t(), "\n", $a->tc(), "\n", $a->cl(), "\n";
echo A::class, ' ', $a::class, ' ', B::class, ' ', namespace\A::class, ' ', \stdClass::class, "\n";
$c = function () { return __FUNCTION__ . '|' . __METHOD__ . '|' . __CLASS__; };
echo $c(), "\n";
interface I { const X = __CLASS__; }
echo I::X, "\n";
enum En { case A; function m() { return __CLASS__ . ' ' . __METHOD__; } }
echo En::A->m(), "\n";
echo __LINE__, "\n";

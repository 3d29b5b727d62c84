<?php
// private and protected methods are callable from inside their class (is_callable, call_user_func,
// Closure::fromCallable, callbacks), not from outside
class A {
    private function p($x = 1) { return "p$x"; }
    protected function q() { return "q"; }
    private static function s() { return "s"; }
    function test() {
        var_dump(is_callable('A::s'), is_callable([$this, 'p']), is_callable([$this, 'q']), is_callable([self::class, 's']), is_callable('self::s'));
        var_dump(call_user_func([$this, 'p'], 2), call_user_func('A::s'), call_user_func_array([$this, 'q'], []));
        $c = Closure::fromCallable([$this, 'p']);
        var_dump($c(3));
        $d = Closure::fromCallable('A::s');
        var_dump($d());
        var_dump(array_map([$this, 'p'], [4, 5]));
        $f = function () { return is_callable([$this, 'p']); };
        var_dump($f());
        return [$this, 'p'];
    }
}
class B extends A {
    function t2() { var_dump(is_callable([$this, 'q']), is_callable([$this, 'p']), is_callable('A::s')); }
}
$a = new A;
$cb = $a->test();
var_dump(is_callable($cb), is_callable('A::s'), is_callable([$a, 'q']));
try { call_user_func($cb); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Closure::fromCallable([$a, 'q']); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
(new B)->t2();
function takes(callable $c) { return "ok"; }
try { echo takes([$a, 'p']), "\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

<?php
// A non-static method named with its class ('A::m', ['A', 'm'], 'parent::m') is bound to the caller's
// $this when that is an instance of the class (is_callable, call_user_func, array_map, usort, ...)
class A {
    public $tag = 'a';
    private function p() { return 'p:' . $this->tag; }
    protected function q($x = '') { return 'q:' . $this->tag . $x; }
    private static function s() { return 's'; }
    public function cmp($x, $y) { return $x <=> $y; }
    public function test() {
        var_dump(is_callable('A::p'), is_callable('A::q'), is_callable('A::s'), is_callable(['A', 'p']));
        var_dump(call_user_func('A::p'), call_user_func(['A', 'q'], '!'), call_user_func_array('A::q', ['?']));
        var_dump(array_map('A::q', [1, 2]));
        $l = [3, 1, 2];
        usort($l, ['A', 'cmp']);
        echo implode(',', $l), "\n";
        $f = function () { return call_user_func('A::p'); };
        var_dump($f());
    }
    public static function stest() {
        var_dump(is_callable('A::p'), is_callable('A::s'), is_callable(['A', 'q']));
    }
}
class B extends A {
    public $tag = 'b';
    protected function q($x = '') { return 'Bq'; }
    public function t2() {
        var_dump(is_callable('A::q'), call_user_func('A::q'), call_user_func('parent::q'), call_user_func([$this, 'parent::q']));
    }
}
class Other {
    public function t3() { var_dump(is_callable('A::q'), is_callable(['A', 'cmp'])); }
}
(new A)->test();
A::stest();
(new B)->t2();
(new Other)->t3();
var_dump(is_callable('A::cmp'));
try { call_user_func('A::cmp', 1, 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }

<?php
// $r = &f() binds the Ref a function &f() returns, also when it is called through a variable
// (a name, a closure, a method name); a function returning a value gives the notice
$store = [1, 2, 3];
function &f() { global $store; return $store[0]; }
function g() { global $store; return $store[1]; }
$r = &f(); $r = 10; var_dump($store);
$name = 'f';
$r2 = &$name(); $r2 = 20; var_dump($store);
$r3 = &g(); $r3 = 30; var_dump($store);
class O {
    public $a = [1, 2];
    function &m() { return $this->a[0]; }
    static function &s() { static $x = 5; return $x; }
    function v() { return $this->a[1]; }
}
$o = new O;
$r4 = &$o->m(); $r4 = 40; var_dump($o->a);
$m = 'm';
$r5 = &$o->$m(); $r5 = 50; var_dump($o->a);
$r6 = &O::s(); $r6 = 60; $r7 = &O::s(); var_dump($r7);
$r8 = &$o->v(); $r8 = 70; var_dump($o->a);
$cl = function &() use (&$store) { return $store[2]; };
$r9 = &$cl(); $r9 = 90; var_dump($store);
$cls = 'O'; $sm = 's';
$r10 = &$cls::$sm(); $r10 = 100; var_dump(O::s());

// a function declared in code the compiler cannot see ahead (conditionally)
if (true) {
    function &late() { static $v = 1; return $v; }
}
$r12 = &late(); $r12 = 120; var_dump(late());
$fn = 'late';
$r13 = &$fn(); $r13++; var_dump(late());
// a library function's result: the notice, unless php compiles it to an opcode of its own
$arr = [1, 2, 3];
$r14 = &array_pop($arr); var_dump($r14);
$r15 = &count($arr, COUNT_RECURSIVE); var_dump($r15);
$r16 = &in_array(1, $arr); var_dump($r16);

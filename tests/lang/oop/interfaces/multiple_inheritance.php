<?php
interface A { function a(); }
interface B { function b(); }
interface C extends A, B { function c(); }
class Impl implements C {
    function a() { return 'a'; }
    function b() { return 'b'; }
    function c() { return 'c'; }
}
$i = new Impl;
echo $i->a(), $i->b(), $i->c(), "\n";
var_dump($i instanceof A, $i instanceof B);
$list = class_implements('Impl');
ksort($list);
print_r($list);
print_r(get_class_methods('C'));

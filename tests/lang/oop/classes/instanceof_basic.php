<?php
interface I {}
class A implements I {}
class B extends A {}
class C {}
$b = new B;
var_dump($b instanceof B, $b instanceof A, $b instanceof I, $b instanceof C);
$name = 'A';
var_dump($b instanceof $name);
var_dump($b instanceof $b);
$notObj = 5;
var_dump($notObj instanceof A);
var_dump(null instanceof A);
var_dump(!$b instanceof C);
var_dump(new C instanceof stdClass);
var_dump($b instanceof UnknownClass);

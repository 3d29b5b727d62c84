<?php
interface I {}
class A implements I {}
class B extends A {}
$b = new B;
var_dump(is_a($b, 'A'), is_a($b, 'B'), is_a($b, 'I'), is_a($b, 'stdClass'));
var_dump(is_a('B', 'A'), is_a('B', 'A', true));
var_dump(is_subclass_of($b, 'A'), is_subclass_of($b, 'B'), is_subclass_of($b, 'I'));
var_dump(is_subclass_of('B', 'A'), is_subclass_of('A', 'A'), is_subclass_of('B', 'I', false));
var_dump(is_a(5, 'A'), is_a($b, 'b'));

<?php
class A {}
class B extends A { public function cls() { return get_class(); } public function par() { return get_parent_class(); } }
class C extends B {}
$c = new C;
echo get_class($c), " ", get_parent_class($c), " ", get_parent_class('B'), "\n";
var_dump(get_parent_class(new A), get_parent_class('A'));
echo $c->cls(), " ", $c->par(), "\n";
try { get_class('A'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { get_class(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

<?php
trait T {
    public function t() { return [get_class(), get_parent_class(), get_class_methods($this)]; }
    private function tp() {}
}
class P { protected function pp() {} private function hidden() {} }
class A extends P {
    use T;
    private function x() {}
    public static function s() { return get_class(); }
    public function m() { return get_class_methods('P'); }
}
class B extends A { public function b() { return [get_class(), get_parent_class(), get_class_methods($this)]; } }
print_r((new A)->t());
print_r((new B)->t());
print_r((new B)->b());
echo A::s(), " ", B::s(), "\n";
print_r((new A)->m());
print_r(get_class_methods('B'));
var_dump(get_parent_class());
try { get_class_methods('Nope'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { get_class_methods(5); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { method_exists(5, 'x'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(is_a('A', 'P', true), is_a('A', 'P'), is_subclass_of('Nope', 'A'), is_a(new A, 'Nope'), is_subclass_of('B', 'P', false));
function f() { return get_class(); }
try { f(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo get_class();

<?php
class A {
    public function pubA() {}
    protected function protA() {}
    private function privA() {}
    public static function statA() {}
    public function listInside() { return get_class_methods($this); }
}
class B extends A {
    public function pubB() {}
    private function privB() {}
    public function __construct() {}
}
print_r(get_class_methods('B'));
print_r((new B)->listInside());
print_r(get_class_methods(new A));

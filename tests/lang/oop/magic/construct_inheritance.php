<?php
class A {
    public function __construct() { echo "A::__construct\n"; }
}
class B extends A {}
class C extends A {
    public function __construct() { echo "C::__construct (no parent call)\n"; }
}
class D extends A {
    public function __construct() { parent::__construct(); echo "D::__construct\n"; }
}
new B; new C; new D;
$d = new D;
$d->__construct();
class E { }
new E(1, 2, 3);
echo "extra ctor args to class without ctor are ignored\n";

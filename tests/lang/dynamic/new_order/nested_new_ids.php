<?php
// php creates the object of `new` (and gives it its id) before it evaluates the constructor's arguments
class B { public $v; function __construct($v = 0) { echo "B ctor $v\n"; $this->v = $v; } }
class A {
    public $b; public $c;
    function __construct($b, $c = null) { echo "A ctor\n"; $this->b = $b; $this->c = $c; }
}
$a = new A(new B);
var_dump($a);
$a2 = new A(new B(1), new B(2));
var_dump($a2);
$x = new A(new A(new B(3)));
var_dump(spl_object_id($x), spl_object_id($x->b), spl_object_id($x->b->b));

function make($v) { echo "make $v\n"; return new B($v); }
class C {
    public $args;
    function __construct(...$a) { echo "C ctor ", count($a), "\n"; $this->args = $a; }
}
$c = new C(make(4), new B(5), make(6));
var_dump($c);

// a dynamic class name, new static, named arguments and unpacking
$n = 'A';
$d = new $n(new B(7));
var_dump(spl_object_id($d), spl_object_id($d->b));
$e = new A(c: new B(8), b: new B(9));
var_dump(spl_object_id($e), spl_object_id($e->b), spl_object_id($e->c));
$args = [1, 2];
$f = new C(new B(10), ...$args);
var_dump(spl_object_id($f), spl_object_id($f->args[0]));
class F {
    public $inner;
    function __construct($inner = null) { $this->inner = $inner; }
    static function make() { return new static(new static); }
}
$g = F::make();
var_dump($g);
$h = new class(new B(11)) { public $b; function __construct($b) { $this->b = $b; } };
var_dump(spl_object_id($h), spl_object_id($h->b));

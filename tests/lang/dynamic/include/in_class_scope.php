<?php
// an included file gets the class scope of the code including it: private members, self/static,
// $this in instance methods; none in a static method or an unbound closure
class A {
    private $p = 'private p';
    function m() { $x = 'mx'; return include 'inc/class_scope.inc'; }
    static function s() { return include 'inc/class_scope.inc'; }
}
class B extends A {}
var_dump((new B)->m());
try {
    var_dump(B::s());
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$f = function () { return include 'inc/class_scope.inc'; };
try {
    $f();
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

<?php
class A { public function m(int $x) { return $x; } }
function call() { return (new A)->m("abc"); }
call();

<?php
abstract class A {
    abstract function f();
    abstract function g();
}
echo "never\n";
class B extends A {
    function f() {}
}

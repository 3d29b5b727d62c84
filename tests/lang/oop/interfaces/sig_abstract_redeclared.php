<?php
abstract class P { function f() {} }
abstract class C extends P {
    abstract function f();
}
echo "x\n";
<?php
class P { function f() {} }
class C extends P {
    abstract function f();
}

<?php
echo "start\n";
class P { function f(int $a = 1) {} }
class C extends P {
    function f(int $a) {}
}

<?php
echo "start\n";
class P { function f(int $a) {} }
class C extends P {
    function f(int $a, $b) {}
}

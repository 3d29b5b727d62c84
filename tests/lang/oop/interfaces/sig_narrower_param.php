<?php
echo "start\n";
class P { function f(int|string $a) {} }
class C extends P {
    function f(int $a) {}
}

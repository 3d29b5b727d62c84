<?php
echo "start\n";
class P { function f($a): void {} }
class C extends P {
    function f($a): int { return 1; }
}

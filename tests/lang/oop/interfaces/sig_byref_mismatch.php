<?php
echo "start\n";
class P { function f(&$a) {} }
class C extends P {
    function f($a) {}
}

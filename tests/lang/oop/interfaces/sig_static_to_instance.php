<?php
echo "start\n";
class P { static function f() {} }
class C extends P {
    function f() {}
}

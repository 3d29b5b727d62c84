<?php
echo "start\n";
interface I { function f(); }
class C implements I {
    static function f() {}
}

<?php
echo "start\n";
abstract class P { abstract protected function f(int $a); }
class C extends P {
    public function f() {}
}

<?php
echo "start\n";
class P { public function f() {} }

class C extends P
{
    protected function f() {}
}

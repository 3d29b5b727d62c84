<?php
echo "start\n";
class P { final public function f() {} }

class C extends P
{
    public function f() {}
}

<?php
echo "start\n";
class P { function f(): P {} }
class C extends P {
    function f(): ?P {}
}

<?php
echo "start\n";
interface I { function f(): int; }
abstract class C implements I {
    function f() {}
}

<?php
echo "start\n";
class P { public function f(string $s) {} }
interface I { public function f(int $s); }
class C extends P implements I {
}

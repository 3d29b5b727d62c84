<?php
interface I { public function f(int $x): string; }
class A implements I { public function f(string $x): string { return $x; } }

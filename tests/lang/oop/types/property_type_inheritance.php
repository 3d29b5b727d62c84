<?php
class A { public int $x = 1; public $untyped; }
class B extends A { public int $x = 2; }
echo (new B)->x, "\n";
class C extends A { public string $untyped = 'ok?'; }

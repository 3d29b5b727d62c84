<?php
trait T { public $x = 1; }
class A { use T; public $x = 1; }
echo (new A)->x, "\n";
class B { use T; public $x = 2; }

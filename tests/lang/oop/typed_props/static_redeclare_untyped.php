<?php
class A { public static $u; }
class B extends A { public static int $u = 1; }
echo "not reached\n";

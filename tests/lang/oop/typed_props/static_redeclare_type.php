<?php
class A { public static int $i = 1; protected static $u; private static string $p = ""; public static ?A $o = null; }
class B extends A { public static int $i = 2; protected static $u = 3; private static int $p = 0; public static ?A $o = null; }
var_dump(B::$i, A::$i);
class C extends A { public static ?int $i = null; }
echo "not reached\n";

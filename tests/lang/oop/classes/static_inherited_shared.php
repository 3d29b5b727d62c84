<?php
class A { public static $n = 0; public static $own = 'A'; }
class B extends A { public static $own = 'B'; }
B::$n++;
A::$n++;
echo A::$n, " ", B::$n, "\n";
echo A::$own, " ", B::$own, "\n";
B::$own = 'b2';
echo A::$own, " ", B::$own, "\n";

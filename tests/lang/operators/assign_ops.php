<?php
$x = 10;
$x += 5; var_dump($x);
$x -= 3; var_dump($x);
$x *= 2; var_dump($x);
$x /= 4; var_dump($x);
$x = 7; $x /= 7; var_dump($x);
$x = 7; $x %= 4; var_dump($x);
$x = 6; $x &= 3; var_dump($x);
$x |= 8; var_dump($x);
$x >>= 1; var_dump($x);
$s = "a"; $s .= "b"; $s .= 1; $s .= 2.5; var_dump($s);
$a = $b = $c = 3;
var_dump($a, $b, $c);
$y = ($z = 4) + 1;
var_dump($y, $z);
$i = PHP_INT_MAX; $i += 1; var_dump($i);

<?php
$t = microtime(true);
var_dump(is_float($t), $t > 1600000000.0);
$s = microtime();
// "0.dddddddd sssssssss": fraction with 8 digits, a space, whole seconds
$p = explode(" ", $s);
var_dump(is_string($s), count($p) === 2, strlen($p[0]) === 10, substr($p[0], 0, 2) === "0.",
    trim(substr($p[0], 2), "0123456789") === "", $p[1] !== "" && trim($p[1], "0123456789") === "");
$m = microtime(false);
var_dump(is_string($m));
$h = hrtime();
var_dump(is_array($h), count($h), is_int($h[0]), is_int($h[1]), $h[1] < 1000000000, array_keys($h));
$n = hrtime(true);
var_dump(is_int($n), $n > 0);
$n2 = hrtime(true);
var_dump($n2 >= $n);
$t2 = microtime(true);
var_dump($t2 >= $t);
var_dump(is_int(time()), time() > 1600000000);

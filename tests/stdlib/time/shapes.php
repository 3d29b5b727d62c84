<?php
$t = microtime(true);
var_dump(is_float($t), $t > 1600000000.0);
$s = microtime();
var_dump(is_string($s), (bool) preg_match('/^0\.\d{8} \d+$/', $s));
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

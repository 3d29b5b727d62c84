<?php
$i = 5; $i++; var_dump($i);
$i = 5; $i--; var_dump($i);
$i = 5; var_dump($i++); var_dump($i);
$i = 5; var_dump(++$i); var_dump($i);
$i = 5; var_dump($i--, --$i);
$f = 1.5; $f++; var_dump($f);
$f = -0.5; $f++; var_dump($f);
$m = PHP_INT_MAX; $m++; var_dump($m);
$m = PHP_INT_MIN; $m--; var_dump($m);
$t = true; $t++; var_dump($t);
$b = false; $b--; var_dump($b);

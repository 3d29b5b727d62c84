<?php
$f = function ($a, $b) { return $a . $b; };
echo $f(1, 2), "\n";
echo $f(1);

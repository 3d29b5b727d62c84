<?php
function f($a, $b = 0) { return $a . $b; }
echo f(a: 1), "\n";
echo f(1, z: 2), "\n";

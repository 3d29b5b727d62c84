<?php
function f($a, $b) { return $a . $b; }
echo f(b: 2, a: 1), "\n";
echo f(1, a: 2), "\n";

<?php
function f(int $x) { return $x; }
echo "start\n";
f(null);
